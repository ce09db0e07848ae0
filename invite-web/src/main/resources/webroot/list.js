'use strict';
/* Danh sách giấy mời: search by subject, status and date; open, duplicate or delete. */
const form = document.getElementById('search');
const tbody = document.querySelector('#items tbody');
const message = document.getElementById('message');

async function load() {
  const q = new URLSearchParams();
  for (const [k, v] of new FormData(form)) if (v) q.set(k, v);
  const r = await api('GET', '/invitations?' + q);
  tbody.replaceChildren();
  if (!r.ok) { message.textContent = problemText(r.body); return; }
  const filtered = [...q.keys()].length > 0;
  if (r.body.count === 0) {
    message.textContent = filtered ? 'Không có giấy mời nào khớp điều kiện tìm; hãy bớt điều kiện rồi tìm lại.'
      : 'Chưa có giấy mời nào. Bấm “+ Soạn giấy mời mới” để bắt đầu.';
    return;
  }
  message.textContent = (filtered ? 'Tìm thấy ' : 'Có ') + r.body.count + ' giấy mời.';
  for (const item of r.body.items) {
    const inv = item.invitation;
    const open = 'editor.html?id=' + item.id;
    tbody.append(el('tr', { 'data-id': item.id },
      el('td', {}, el('a', { href: open }, inv.subject || '(chưa có trích yếu)')),
      el('td', {}, inv.number || ''),
      el('td', { class: 'nowrap' }, KIND_LABEL[inv.kind] || inv.kind),
      el('td', {}, dateLineText(inv)),
      el('td', { class: 'nowrap' }, el('span', { class: 'badge ' + item.status }, STATUS_LABEL[item.status])),
      el('td', { class: 'nowrap' }, new Date(item.savedAt).toLocaleString('vi-VN'), el('br'), 'bản ' + item.version),
      el('td', { class: 'actions' },
        el('button', { class: 'small', type: 'button', onclick: () => duplicate(item.id) }, 'Nhân bản'), ' ',
        (item.actions || []).includes('delete') ? el('button', { class: 'small danger', type: 'button', onclick: () => remove(item) }, 'Xóa') : null)));
  }
}

async function duplicate(id) {
  const r = await api('POST', '/invitations/' + id + '/duplicate');
  if (r.ok) location.href = 'editor.html?id=' + r.body.id; else message.textContent = problemText(r.body);
}

async function remove(item) {
  if (!confirm('Xóa dự thảo "' + (item.invitation.subject || '') + '"?')) return;
  const r = await api('DELETE', '/invitations/' + item.id);
  if (!r.ok) message.textContent = problemText(r.body);
  load();
}

/** A blank giấy mời that already reads: the author replaces the dotted parts. */
function blank() {
  const year = new Date().getFullYear();
  return {
    kind: 'giay-moi',
    issuer: { name: 'ỦY BAN NHÂN DÂN\nTỈNH …', abbreviation: 'UBND', level: 'tinh' },
    number: '/GM-UBND', place: '…', date: { day: '', month: '', year },
    subject: 'Dự họp …',
    body: [
      { marker: '1.', text: 'Thành phần:', points: [{ marker: '-', text: 'Đại diện lãnh đạo {units}.', invitee: { units: ['…'], representative: true } }] },
      { marker: '2.', text: 'Thời gian: {start}, {weekday}, ngày {date}.', session: { date: year + '-12-01', start: '08:00' } },
      { marker: '3.', text: 'Địa điểm: {name}.', venue: { name: '…' } }],
    distribution: ['Như thành phần mời;', 'Lưu: VT.'],
    signature: { authority: ['TL. CHỦ TỊCH'], title: 'CHÁNH VĂN PHÒNG', signer: '…' }
  };
}

document.getElementById('new').addEventListener('click', async () => {
  const r = await api('POST', '/invitations', blank());
  if (r.ok) location.href = 'editor.html?id=' + r.body.id; else message.textContent = problemText(r.body);
});
form.addEventListener('submit', e => { e.preventDefault(); load(); });
load();
