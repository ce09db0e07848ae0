'use strict';
/* Ký số khi ban hành: the invitation's signing state beside its status, the clerk's "Ký lại" while it is "chưa ký",
   and the issue dialog's note when the organisation signs at issue time. */
(function () {
  const id = new URLSearchParams(location.search).get('id');
  const label = document.getElementById('signing');
  const again = document.getElementById('sign-again');
  const note = document.getElementById('issue-signing');
  if (!id || !label) return;

  async function show() {
    const r = await api('GET', '/invitations/' + encodeURIComponent(id) + '/signing');
    if (!r.ok) return; // a server that does not sign at issue time
    note.hidden = !r.body.configured;
    label.hidden = r.body.state === 'none';
    label.textContent = r.body.state === 'signed' ? 'Đã ký số' : 'Chưa ký' + (r.body.problem ? ': ' + r.body.problem : '');
    label.classList.toggle('error', r.body.state === 'unsigned');
    again.hidden = r.body.state !== 'unsigned';
  }

  again.addEventListener('click', async () => {
    again.disabled = true;
    const r = await api('POST', '/invitations/' + encodeURIComponent(id) + '/sign');
    again.disabled = false;
    if (r.ok) show(); else label.textContent = 'Chưa ký: ' + problemText(r.body);
  });
  // the status changes after each step, the issue among them: read the signing state again
  new MutationObserver(show).observe(document.getElementById('status'), { childList: true, characterData: true, subtree: true });
  show();
})();
