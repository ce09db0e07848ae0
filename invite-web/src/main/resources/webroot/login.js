'use strict';
/* The login page: posts the name and password (with the CSRF header, through api()) and goes back where the user was. */
document.getElementById('login').addEventListener('submit', async (event) => {
  event.preventDefault();
  const message = document.getElementById('message');
  message.textContent = 'Đang đăng nhập…';
  const r = await api('POST', '/auth/login', {
    username: document.getElementById('username').value,
    password: document.getElementById('password').value,
  });
  if (!r.ok) {
    message.textContent = problemText(r.body);
    return;
  }
  const next = new URLSearchParams(location.search).get('next') || '/';
  // only a page of this site: never an address another site put in the link
  location.href = next.startsWith('/') && !next.startsWith('//') ? next : '/';
});
