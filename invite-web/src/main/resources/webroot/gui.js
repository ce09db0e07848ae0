'use strict';
/* The clerk's sending dashboard: /gui.html?id={invitation}. Who has not answered, by unit; delivery per recipient. */
(function () {
  const id = new URLSearchParams(location.search).get('id') || '';
  const base = '/invitations/' + encodeURIComponent(id);
  const message = document.getElementById('message');
  const DELIVERY = { queued: 'Đang chờ gửi', sent: 'Đã gửi', failed: 'Gửi không được', none: 'Không có thư điện tử' };
  const ANSWER = { attending: 'Tham dự', declined: 'Không tham dự', delegated: 'Cử người dự thay' };
  document.getElementById('xlsx').href = API + base + '/attendance?format=xlsx';
  document.getElementById('pdf').href = API + base + '/attendance?format=pdf';

  function say(text, error) {
    message.textContent = text;
    message.className = error ? 'hint error' : 'hint';
  }

  function phoneForm(r) {
    const select = el('select', { 'aria-label': 'Trả lời của ' + r.name },
      el('option', { value: 'attending' }, 'Tham dự'), el('option', { value: 'declined' }, 'Không tham dự'));
    const reason = el('input', { placeholder: 'Lý do (khi không tham dự)', 'aria-label': 'Lý do' });
    return el('form', { class: 'phone', onsubmit: async (e) => {
      e.preventDefault();
      const body = { answer: select.value };
      if (select.value === 'declined') body.reason = reason.value;
      const res = await api('POST', base + '/replies/' + r.id, body);
      if (!res.ok) say(res.body.detail || problemText(res.body), true);
      else load();
    } }, select, reason, el('button', { type: 'submit' }, 'Ghi'));
  }

  async function load() {
    const res = await api('GET', base + '/replies');
    if (!res.ok) { say(res.body.detail || problemText(res.body), true); return; }
    const t = res.body.totals;
    document.getElementById('totals').textContent = 'Người nhận: ' + t.recipients + ' · đã gửi: ' + t.sent
      + ' · đang chờ: ' + t.queued + ' · lỗi: ' + t.failed + ' · tham dự: ' + t.attending + ' · không tham dự: '
      + t.declined + ' · cử người thay: ' + t.delegated + ' · chưa trả lời: ' + t.unanswered;
    const byUnit = {};
    const rows = res.body.recipients.filter((r) => !r.removed);
    rows.filter((r) => !r.reply).forEach((r) => { (byUnit[r.unit || '(cá nhân)'] = byUnit[r.unit || '(cá nhân)'] || []).push(r.name); });
    document.getElementById('unanswered').replaceChildren(...Object.keys(byUnit).sort().map((u) =>
      el('li', null, u + ': ' + byUnit[u].join(', '))));
    document.querySelector('#replies tbody').replaceChildren(...rows.map((r) => el('tr', { 'data-recipient': r.id },
      el('td', null, r.title ? r.name + ', ' + r.title : r.name),
      el('td', null, r.unit || ''),
      el('td', null, [r.email, r.phone].filter(Boolean).join(' · ')),
      el('td', { class: 'delivery' }, DELIVERY[r.delivery.state] + (r.delivery.error ? ' (' + r.delivery.error + ')' : '')),
      el('td', { class: 'answer' }, r.reply ? ANSWER[r.reply.answer] + (r.reply.reason ? ': ' + r.reply.reason : '')
        + (r.reply.standIn ? ': ' + r.reply.standIn.name : '') : 'Chưa trả lời'),
      el('td', null, phoneForm(r)))));
  }

  async function post(path, done) {
    const res = await api('POST', base + path);
    if (!res.ok) { say(res.body.detail || problemText(res.body), true); return; }
    say(done(res.body));
    load();
  }

  document.getElementById('send').addEventListener('click', () => post('/send', (b) => 'Đã xếp ' + b.queued
    + ' thư vào hộp thư đi cho ' + b.recipients + ' người nhận' + (b.withoutEmail.length ? '; không có thư điện tử (gọi điện): '
    + b.withoutEmail.join(', ') : '') + '.'));
  document.getElementById('remind').addEventListener('click', () => post('/remind', (b) => 'Đã xếp ' + b.queued + ' thư nhắc lịch.'));
  load();
  setInterval(load, 10000);
})();
