'use strict';
/* Who is logged in (name, roles, log out, change password) in the page header, and on the editor page the
 * invitation's audit trail (nhật ký): who did what and when. Kept apart from the editor's own script. */
const ROLE_LABEL = { drafter: 'chuyên viên', approver: 'lãnh đạo duyệt', clerk: 'văn thư', admin: 'quản trị' };

async function showAccount() {
  const header = document.querySelector('header.top');
  const r = await api('GET', '/auth/me');
  if (!header || !r.ok) return;
  const me = r.body;
  const who = el('span', { id: 'account', class: 'account', title: 'Vai trò: ' + me.roles.map((x) => ROLE_LABEL[x] || x).join(', ') },
    me.fullName + ' (' + me.username + ')');
  const password = el('button', { type: 'button', class: 'small', id: 'change-password', onclick: changePassword }, 'Đổi mật khẩu');
  const out = el('button', { type: 'button', class: 'small', id: 'logout', onclick: async () => {
    await api('POST', '/auth/logout');
    location.href = '/login.html';
  } }, 'Đăng xuất');
  header.append(who, password, out);
}

async function changePassword() {
  const current = prompt('Mật khẩu hiện tại:');
  if (current === null) return;
  const next = prompt('Mật khẩu mới (ít nhất 10 ký tự):');
  if (next === null) return;
  const r = await api('POST', '/auth/password', { current, new: next });
  if (r.ok) {
    alert('Đã đổi mật khẩu. Hãy đăng nhập lại bằng mật khẩu mới.');
    location.href = '/login.html';
  } else {
    alert(problemText(r.body));
  }
}

async function showAudit() {
  const id = new URLSearchParams(location.search).get('id');
  if (!location.pathname.endsWith('/editor.html') || !id) return;
  let panel = document.getElementById('audit');
  if (!panel) {
    panel = el('section', { id: 'audit', class: 'audit', 'aria-label': 'Nhật ký' });
    (document.querySelector('main') || document.body).append(panel);
  }
  const r = await api('GET', '/invitations/' + encodeURIComponent(id) + '/audit');
  panel.replaceChildren(el('h2', {}, 'Nhật ký'));
  if (!r.ok) {
    panel.append(el('p', { class: 'hint' }, problemText(r.body)));
    return;
  }
  const rows = r.body.items.map((e) => el('tr', {},
    el('td', { class: 'nowrap' }, new Date(e.at).toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' })),
    el('td', {}, e.actor), el('td', {}, e.label), el('td', {}, e.detail)));
  panel.append(rows.length === 0 ? el('p', { class: 'hint' }, 'Chưa có việc nào được ghi.')
    : el('table', { class: 'items' }, el('thead', {}, el('tr', {}, el('th', {}, 'Lúc'), el('th', {}, 'Người làm'),
      el('th', {}, 'Việc'), el('th', {}, 'Chi tiết'))), el('tbody', {}, rows)));
}

showAccount();
showAudit();
// every step the editor takes is a request that changes something: show the trail after it
window.addEventListener('giaymoi:changed', () => showAudit());
