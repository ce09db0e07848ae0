'use strict';
/* Shared helpers for the list and the editor: element building and API calls with Vietnamese errors. */
const API = '/api/v1';

/* Accounts: every request that changes something carries the CSRF token (the XSRF-TOKEN cookie, echoed as the
 * X-XSRF-TOKEN header); an API answer 401 (session ended) leads to the login page; a change is announced to the
 * page ('giaymoi:changed', e.g. for the audit trail). Wrapping fetch covers every script of the pages. */
(function guardFetch() {
  const plain = window.fetch.bind(window);
  const csrf = () => (document.cookie.split('; ').find((c) => c.startsWith('XSRF-TOKEN=')) || '').slice('XSRF-TOKEN='.length);
  window.fetch = async (input, init) => {
    const options = Object.assign({}, init || {});
    const method = (options.method || 'GET').toUpperCase();
    const changes = method !== 'GET' && method !== 'HEAD';
    if (changes) {
      // a page from the browser's cache brought no token: any page the server sends sets one
      if (!csrf()) await plain('/login.html', { cache: 'no-store' });
      options.headers = new Headers(options.headers || {});
      options.headers.set('X-XSRF-TOKEN', decodeURIComponent(csrf()));
    }
    const sent = csrf();
    let res = await plain(input, options);
    if (changes && res.status === 403 && csrf() !== sent) {
      // another answer renewed the token while this request was leaving: it was refused before doing anything
      options.headers.set('X-XSRF-TOKEN', decodeURIComponent(csrf()));
      res = await plain(input, options);
    }
    if (res.status === 401 && !location.pathname.endsWith('/login.html')) {
      location.href = '/login.html?next=' + encodeURIComponent(location.pathname + location.search);
    } else if (changes && res.ok) {
      window.dispatchEvent(new Event('giaymoi:changed'));
    }
    return res;
  };
})();

function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else if (k === 'class') e.className = v;
    else if (k === 'value') e.value = v;
    else e.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return e;
}

/** Calls the API; resolves to {ok, status, body} where body is parsed JSON (or text). */
async function api(method, path, body, type, headers) {
  const opts = { method, headers: Object.assign({}, headers || {}) };
  if (body !== undefined) {
    opts.headers['Content-Type'] = type || 'application/json';
    opts.body = typeof body === 'string' ? body : JSON.stringify(body);
  }
  let res;
  try {
    res = await fetch(API + path, opts);
  } catch (e) {
    return { ok: false, status: 0, body: { title: 'Không kết nối được máy chủ', detail: 'Kiểm tra mạng rồi thử lại.', problems: [] } };
  }
  const ct = res.headers.get('Content-Type') || '';
  let parsed;
  try {
    parsed = ct.includes('json') ? await res.json() : await res.text();
  } catch (e) { // a cut connection or a proxy's page: still a message, never an exception
    parsed = { title: 'Máy chủ trả lời không đọc được', detail: 'Mã ' + res.status + '. Hãy thử lại.', problems: [] };
  }
  if (!res.ok && (typeof parsed !== 'object' || parsed === null)) {
    parsed = { title: 'Lỗi ' + res.status, detail: String(parsed || '').slice(0, 300), problems: [] };
  }
  return { ok: res.ok, status: res.status, body: parsed, type: ct };
}

function problemText(p) {
  if (!p || typeof p !== 'object') return String(p);
  return (p.title || 'Lỗi') + (p.detail ? ': ' + p.detail : '');
}

const STATUS_LABEL = { draft: 'Dự thảo', submitted: 'Đã trình', approved: 'Đã duyệt', returned: 'Bị trả lại',
  issued: 'Đã ban hành', revoked: 'Đã thu hồi' };
const FOLLOW_UP_LABEL = { correction: 'đính chính', replacement: 'thay thế', postponement: 'hoãn',
  change: 'thay đổi thời gian, địa điểm', cancellation: 'hủy' };
const KIND_LABEL = { 'giay-moi': 'Giấy mời', 'cong-van': 'Công văn' };

function dateLineText(inv) {
  const d = inv.date || {};
  if (typeof d === 'string') return d.split('-').reverse().join('/');
  return (d.day || '…') + '/' + (d.month || '…') + '/' + (d.year || '');
}
