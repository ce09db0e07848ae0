'use strict';
/* Danh sách giấy mời: pages of summaries, searched by words, status, issue date and meeting date; open, duplicate or delete. */
const form = document.getElementById('search');
const tbody = document.querySelector('#items tbody');
const message = document.getElementById('message');
const pager = document.getElementById('pager');
const PAGE_SIZE = 50;
let page = 1;

// the date filters are written dd/mm/yyyy with the Vietnamese calendar, whatever the browser's language
for (const slot of document.querySelectorAll('.date-slot')) slot.replaceWith(vnDateInput({ name: slot.dataset.name }, '', () => {}));

/** 2026-05-12 as 12/05/2026. */
function dayText(iso) {
  return iso ? iso.split('-').reverse().join('/') : '';
}

async function load() {
  const q = new URLSearchParams();
  for (const [k, v] of new FormData(form)) {
    if (!v) continue;
    const value = /(From|To)$/.test(k) ? vnToIso(v) : v;
    if (value === null) { // said next to the field too
      tbody.replaceChildren();
      message.textContent = 'Ngày "' + v + '" không dùng được: hãy viết ngày/tháng/năm có trên lịch, ví dụ 05/12/2026.';
      return;
    }
    q.set(k, value);
  }
  const filtered = [...q.keys()].length > 0;
  q.set('page', page);
  q.set('size', PAGE_SIZE);
  const r = await api('GET', '/invitations?' + q);
  tbody.replaceChildren();
  pager.hidden = true;
  if (!r.ok) { message.textContent = problemText(r.body); return; }
  const { items, total, size, totalCapped } = r.body;
  if (total > 0 && items.length === 0 && page > 1) { page = Math.ceil(total / size); return load(); }
  if (total === 0) {
    message.textContent = filtered ? 'Không có giấy mời nào khớp điều kiện tìm; hãy bớt điều kiện rồi tìm lại.'
      : 'Chưa có giấy mời nào. Bấm “+ Soạn giấy mời mới” để bắt đầu.';
    return;
  }
  const counted = (totalCapped ? 'hơn ' : '') + total.toLocaleString('vi-VN');
  message.textContent = (filtered ? 'Tìm thấy ' : 'Có ') + counted + ' giấy mời.';
  const first = (page - 1) * size + 1;
  document.getElementById('range').textContent = first + '–' + (first + items.length - 1) + ' / ' + counted;
  document.getElementById('prev').disabled = page === 1;
  document.getElementById('next').disabled = totalCapped ? items.length < size : first + items.length - 1 >= total;
  pager.hidden = total <= size;
  for (const item of items) {
    const open = 'editor.html?id=' + item.id;
    tbody.append(el('tr', { 'data-id': item.id },
      el('td', {}, el('a', { href: open }, item.subject || '(chưa có trích yếu)')),
      el('td', {}, item.number || ''),
      el('td', { class: 'nowrap' }, KIND_LABEL[item.kind] || item.kind),
      el('td', { class: 'nowrap' }, dayText(item.date)),
      el('td', { class: 'nowrap' }, dayText(item.meetingDate)),
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
  if (!confirm('Xóa dự thảo "' + (item.subject || '') + '"?')) return;
  const r = await api('DELETE', '/invitations/' + item.id);
  if (!r.ok) message.textContent = problemText(r.body);
  load();
}

// a new draft opens unsaved: the editor saves it on the first change
document.getElementById('new').addEventListener('click', () => { location.href = 'editor.html?new'; });
form.addEventListener('submit', e => { e.preventDefault(); page = 1; load(); });
document.getElementById('prev').addEventListener('click', () => { page = Math.max(1, page - 1); load(); });
document.getElementById('next').addEventListener('click', () => { page += 1; load(); });
load();
