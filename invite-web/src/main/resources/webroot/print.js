'use strict';
/*
 * In (printing): Ctrl+P or the "In" button prints only the document, on A4 with the decree's margins (the rendered
 * HTML's own @page rules), never the editor. The print copy is refreshed with each preview, so the browser's print
 * preview always shows the latest text. Headings and lead-in lines ("…như sau:", "2. Thời gian…:") are kept with
 * the line after them (break-after: avoid).
 */
const printDoc = document.getElementById('print-doc');
const printStyle = document.getElementById('print-style');

/** Copies the rendered document into the page's print copy: its styles for print only, its body without scripts. */
function preparePrint(html) {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  doc.querySelectorAll('script, iframe, object, embed, link').forEach(e => e.remove());
  doc.querySelectorAll('*').forEach(e => [...e.attributes].forEach(a => { if (/^on/i.test(a.name)) e.removeAttribute(a.name); }));
  for (const p of doc.body.querySelectorAll('p, div')) {
    if (!p.querySelector('p, div') && /:\s*$/.test(p.textContent)) p.classList.add('keep-next');
  }
  printStyle.textContent = [...doc.querySelectorAll('style')].map(s => s.textContent).join('\n')
    + '\n.keep-next { break-after: avoid; page-break-after: avoid; }';
  printDoc.replaceChildren(...[...doc.body.childNodes].map(n => document.importNode(n, true)));
}

/** A text preview prints as its lines. */
function preparePrintText(text) {
  printStyle.textContent = '@page { size: A4; margin: 20mm 15mm 20mm 30mm; } #print-doc { white-space: pre-wrap; font-family: "Times New Roman", "Liberation Serif", serif; font-size: 14pt; }';
  printDoc.textContent = text;
}

document.getElementById('print').addEventListener('click', () => window.print());
