'use strict';
/* Nhập từ tệp: uploads a Word, text or PDF invitation, saves the imported draft and opens it in the editor with
   the import report (kept for that page in sessionStorage). */
(function () {
  const input = document.getElementById('import-file');
  const message = document.getElementById('message');
  const MAX = 10 * 1024 * 1024;

  input.addEventListener('change', async () => {
    const file = input.files[0];
    input.value = '';
    if (!file) return;
    if (file.size > MAX) {
      message.textContent = file.name + ': tệp quá lớn (tối đa 10 MiB).';
      return;
    }
    message.textContent = 'Đang nhập ' + file.name + '…';
    const form = new FormData();
    form.append('file', file, file.name);
    let res;
    try {
      res = await fetch(API + '/import', { method: 'POST', body: form });
    } catch (e) {
      message.textContent = 'Không kết nối được máy chủ; hãy thử lại.';
      return;
    }
    const body = await res.json().catch(() => ({ title: 'Lỗi ' + res.status }));
    if (!res.ok) {
      message.textContent = problemText(body);
      return;
    }
    if (!body.complete) {
      message.textContent = file.name + ': chưa nhận ra đủ các phần bắt buộc: '
        + (body.problems || []).map(p => p.message).join('; ')
        + '. Hãy dùng lệnh "giaymoi import" để lấy bản nháp YAML và bổ sung.';
      return;
    }
    const saved = await api('POST', '/invitations', body.draft);
    if (!saved.ok) {
      message.textContent = problemText(saved.body);
      return;
    }
    sessionStorage.setItem('giaymoi-import-' + saved.body.id, JSON.stringify({
      file: file.name, report: body.report, formatFindings: body.formatFindings
    }));
    location.href = 'editor.html?id=' + saved.body.id;
  });
})();
