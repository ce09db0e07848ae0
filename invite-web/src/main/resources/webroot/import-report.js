'use strict';
/* Shows, once, what the import of this draft could not type and the format findings of the Word file it came from. */
(function () {
  const id = new URLSearchParams(location.search).get('id');
  const raw = id && sessionStorage.getItem('giaymoi-import-' + id);
  if (!raw) return;
  let data;
  try {
    data = JSON.parse(raw);
  } catch (e) {
    return;
  }
  const panel = document.getElementById('import-report');
  const list = document.getElementById('import-list');
  const items = [];
  for (const f of data.formatFindings || []) items.push(el('li', { class: 'finding ' + f.severity }, f.display));
  for (const n of data.report || []) items.push(el('li', { class: 'finding warning' }, n.display));
  if (items.length === 0) items.push(el('li', {}, 'Nhập đủ mọi phần; thể thức tệp Word đạt.'));
  list.append(...items);
  document.getElementById('import-count').textContent = data.file + ' · ' + (data.report || []).length
    + ' chỗ cần xem, ' + (data.formatFindings || []).length + ' lỗi thể thức';
  panel.hidden = false;
})();
