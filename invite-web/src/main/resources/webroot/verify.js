'use strict';
/*
 * Kiểm tra chữ ký số (signature verification): a signed PDF chosen here is sent to POST /api/v1/verify and each
 * signature's report is shown as the CLI's `giaymoi verify` words it: signer, organisation, signing time, timestamp,
 * whether the document changed after signing, the chain to a trusted root and revocation.
 */
(function () {
  const input = document.getElementById('verify-file');
  const out = document.getElementById('verify-out');

  function show(report) {
    const verdict = el('p', { class: 'verdict ' + (report.valid ? 'ok' : 'bad') }, report.signatures.length === 0
      ? 'Tệp không có chữ ký số nào.'
      : report.valid ? 'Mọi chữ ký (' + report.signatures.length + ') đều hợp lệ.'
        : 'Có chữ ký không hợp lệ hoặc chưa kiểm chứng được; xem từng chữ ký dưới đây.');
    out.replaceChildren(verdict, ...report.signatures.map(s => el('section', { class: 'signature ' + (s.valid ? 'ok' : 'bad'),
      'aria-label': 'Chữ ký ' + s.number },
      el('h3', {}, 'Chữ ký ' + s.number + ': ' + s.signer + (s.valid ? ' — hợp lệ' : ' — không hợp lệ')),
      el('dl', {}, s.lines.flatMap(l => [el('dt', {}, l.label), el('dd', {}, l.value)])))));
  }

  input.addEventListener('change', async () => {
    const file = input.files[0];
    if (!file) return;
    out.replaceChildren(el('p', { class: 'hint' }, 'Đang kiểm tra ' + file.name + '…'));
    let r;
    try {
      r = await fetch(API + '/verify', { method: 'POST', headers: { 'Content-Type': 'application/pdf' }, body: await file.arrayBuffer() });
    } catch (e) {
      out.replaceChildren(el('p', { class: 'verdict bad' }, 'Không kết nối được máy chủ; kiểm tra mạng rồi thử lại.'));
      return;
    }
    const body = await r.json().catch(() => ({ title: 'Máy chủ trả lời không đọc được' }));
    if (!r.ok) { out.replaceChildren(el('p', { class: 'verdict bad' }, problemText(body))); return; }
    show(body);
  });
})();
