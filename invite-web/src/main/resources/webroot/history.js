'use strict';
/*
 * Lịch sử phiên bản (version history) of the invitation shown: when each version was saved (and by whom, once the
 * server records it), a word-level comparison of two versions as printed, and restoring an old version as a new one.
 * Uses the editor's state (stored, dirty, accept) and the versions API.
 */
(function () {
  const toggle = document.getElementById('history-toggle');
  const body = document.getElementById('history-body');
  const list = document.getElementById('history-list');
  const from = document.getElementById('diff-from');
  const to = document.getElementById('diff-to');
  const out = document.getElementById('diff-out');
  let versions = [];

  function when(iso) {
    const d = new Date(iso);
    return d.toLocaleTimeString('vi-VN', { hour: '2-digit', minute: '2-digit', hour12: false }) + ' ngày '
      + String(d.getDate()).padStart(2, '0') + '/' + String(d.getMonth() + 1).padStart(2, '0') + '/' + d.getFullYear();
  }

  function who(v) {
    const by = v.savedBy || v.by;
    return by ? ' · ' + (typeof by === 'object' ? by.name || by.username || '' : by) : '';
  }

  async function load() {
    const r = await api('GET', '/invitations/' + stored.id + '/versions');
    if (!r.ok) { out.textContent = problemText(r.body); return; }
    versions = r.body.items.slice().sort((a, b) => b.version - a.version);
    const current = versions[0] ? versions[0].version : stored.version;
    list.replaceChildren(...versions.map(v => el('li', { 'data-version': v.version },
      el('span', {}, 'Bản ' + v.version + ' · ' + when(v.savedAt) + ' · ' + (STATUS_LABEL[v.status] || v.status) + who(v)),
      v.version !== current && stored.actions.includes('edit')
        ? el('button', { type: 'button', class: 'small', 'aria-label': 'Khôi phục bản ' + v.version + ' thành bản mới',
          onclick: () => restore(v) }, 'Khôi phục') : null)));
    const options = () => versions.map(v => el('option', { value: v.version }, 'Bản ' + v.version));
    from.replaceChildren(...options());
    to.replaceChildren(...options());
    to.value = String(current);
    from.value = String(versions[1] ? versions[1].version : current);
  }

  /** The version as printed (the text rendering), so the comparison shows what a reader sees. */
  async function printed(version) {
    const v = versions.find(x => x.version === Number(version));
    const r = await fetch(API + '/render?format=txt', { method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(v.invitation) });
    return r.ok ? r.text() : '';
  }

  async function compare() {
    const [a, b] = await Promise.all([printed(from.value), printed(to.value)]);
    const parts = Diff.diffWords(a, b);
    const changes = parts.filter(p => p.added || p.removed).length;
    out.replaceChildren(el('p', { class: 'hint' }, changes ? 'Bản ' + from.value + ' → bản ' + to.value + ': ' + changes
      + ' chỗ thay đổi (chữ bỏ đi gạch ngang, chữ thêm vào tô xanh).' : 'Hai bản giống nhau.'),
      el('div', { class: 'diff-text' }, parts.map(p => p.added ? el('ins', {}, p.value) : p.removed ? el('del', {}, p.value) : p.value)));
  }

  async function restore(v) {
    if (dirty && !confirm('Những gì vừa sửa mà chưa lưu sẽ mất. Khôi phục bản ' + v.version + '?')) return;
    const r = await api('PUT', '/invitations/' + stored.id, v.invitation, undefined, ifMatch());
    if (!r.ok) { banner(problemText(r.body), true); return; }
    accept(r.body);
    scheduleRefresh();
    banner('Đã khôi phục nội dung bản ' + v.version + ' thành bản ' + r.body.version + '.');
    await load();
  }

  toggle.addEventListener('click', async () => {
    const open = body.hidden;
    body.hidden = !open;
    toggle.setAttribute('aria-expanded', String(open));
    if (open) await load();
  });
  document.getElementById('diff-show').addEventListener('click', compare);
})();
