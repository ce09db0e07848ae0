'use strict';
/* Sổ đăng ký văn bản đi: every number taken in a year, issued or revoked, with what superseded it; CSV and XLSX. */
const yearInput = document.getElementById('year');

async function show() {
  const year = yearInput.value;
  history.replaceState(null, '', '?year=' + encodeURIComponent(year));
  document.getElementById('csv').href = API + '/register?format=csv&year=' + encodeURIComponent(year);
  document.getElementById('xlsx').href = API + '/register?format=xlsx&year=' + encodeURIComponent(year);
  const r = await api('GET', '/register?year=' + encodeURIComponent(year));
  const body = document.querySelector('#register tbody');
  body.replaceChildren();
  const message = document.getElementById('message');
  if (!r.ok) { message.textContent = problemText(r.body); return; }
  message.textContent = r.body.count ? r.body.count + ' số đã cấp trong năm ' + r.body.year + '.' : 'Năm ' + r.body.year + ' chưa cấp số nào.';
  for (const item of r.body.items) {
    const status = item.supersededBy
      ? el('span', {}, FOLLOW_UP_LABEL[item.supersededBy.type] + ' bởi ',
        el('a', { href: 'editor.html?id=' + item.supersededBy.id }, item.supersededBy.number))
      : item.statusText;
    body.append(el('tr', { class: item.status },
      el('td', { class: 'nowrap' }, el('a', { href: 'editor.html?id=' + item.id }, item.number)),
      el('td', { class: 'nowrap' }, item.date.split('-').reverse().join('/')),
      el('td', {}, item.kind), el('td', {}, item.subject), el('td', {}, item.signer),
      el('td', {}, el('span', { class: 'badge ' + item.status }, status))));
  }
}

document.getElementById('year-form').addEventListener('submit', e => { e.preventDefault(); show(); });
yearInput.value = new URLSearchParams(location.search).get('year') || new Date().getFullYear();
show();
