'use strict';
/* The reply page of a personal link /tra-loi/{meeting}/{token}: no login; the token is the only key. */
(function () {
  const parts = location.pathname.split('/').filter(Boolean); // ['tra-loi', meeting, token]
  const path = '/replies/' + encodeURIComponent(parts[1] || '') + '/' + encodeURIComponent(parts[2] || '');
  const form = document.getElementById('reply-form');
  const message = document.getElementById('message');
  const ANSWER = { attending: 'Tham dự', declined: 'Không tham dự', delegated: 'Cử người dự thay' };

  function show(recipient) {
    document.getElementById('who').textContent = recipient.title ? recipient.name + ', ' + recipient.title : recipient.name;
    const r = recipient.reply;
    document.getElementById('current').textContent = r
      ? 'Đã trả lời: ' + ANSWER[r.answer] + (r.reason ? ' (' + r.reason + ')' : '')
        + (r.standIn ? ' (' + r.standIn.name + ')' : '') + '. Có thể trả lời lại.'
      : 'Chưa trả lời.';
  }

  function toggle() {
    const a = (form.querySelector('input[name=answer]:checked') || {}).value;
    document.getElementById('declined-fields').hidden = a !== 'declined';
    document.getElementById('delegated-fields').hidden = a !== 'delegated';
  }

  async function open() {
    const res = await api('GET', path);
    if (!res.ok) {
      message.textContent = res.body.detail || problemText(res.body);
      message.className = 'hint error';
      return;
    }
    message.textContent = '';
    form.hidden = false;
    show(res.body);
  }

  form.addEventListener('change', toggle);
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const answer = form.querySelector('input[name=answer]:checked').value;
    const body = { answer };
    if (answer === 'declined') body.reason = document.getElementById('reason').value;
    if (answer === 'delegated') {
      body.standIn = { name: document.getElementById('standin-name').value,
        title: document.getElementById('standin-title').value, phone: document.getElementById('standin-phone').value,
        email: document.getElementById('standin-email').value };
    }
    const res = await api('POST', path, body);
    if (!res.ok) {
      message.textContent = res.body.detail || problemText(res.body);
      message.className = 'hint error';
      return;
    }
    message.textContent = 'Đã ghi nhận: ' + ANSWER[answer] + '. Xin cảm ơn.';
    message.className = 'hint ok';
    show(res.body);
  });
  open();
})();
