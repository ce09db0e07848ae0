'use strict';
/*
 * Soạn bằng lời của văn thư (composing in the clerk's words): a point's wording is edited as text with labelled
 * chips (Ngày họp, Giờ bắt đầu, Địa điểm, …) standing for its typed facts; the chips become the input format's
 * placeholders ({date}, {start}, {name}) only when the wording is saved. Dates and times are typed and picked as
 * dd/mm/yyyy and 24-hour HH:MM whatever the browser's language, never through <input type=date>.
 */

const LEVEL_LABEL = { 'trung-uong': 'Trung ương', tinh: 'Tỉnh', huyen: 'Huyện', xa: 'Xã' };
const PART_OF_DAY = [['', '(theo giờ bắt đầu)'], ['sang', 'Sáng'], ['chieu', 'Chiều'], ['toi', 'Tối']];
const WEEKDAYS = ['Chủ nhật', 'thứ Hai', 'thứ Ba', 'thứ Tư', 'thứ Năm', 'thứ Sáu', 'thứ Bảy'];

/** The facts a point may carry, each with its placeholders: label, how the value reads and how it is edited. */
const FACT_KINDS = {
  session: { label: 'Thời gian họp', create: () => ({}), parts: {
    date: { label: 'Ngày họp', edit: 'date', key: 'date' },
    start: { label: 'Giờ bắt đầu', edit: 'time', key: 'start' },
    end: { label: 'Giờ kết thúc', edit: 'time', key: 'end' },
    weekday: { label: 'Ngày trong tuần', edit: 'date', key: 'date', show: f => weekdayOf(f.date) },
    duration: { label: 'Thời lượng', edit: 'text', key: 'duration', placeholder: 'Một buổi' },
    arriveEarly: { label: 'Có mặt trước', edit: 'number', key: 'arriveEarlyMinutes', unit: 'phút',
      show: f => (f.arriveEarlyMinutes == null || f.arriveEarlyMinutes === '' ? '' : f.arriveEarlyMinutes + ' phút') },
    endDate: { label: 'Ngày kết thúc', edit: 'date', key: 'endDate' },
    endWeekday: { label: 'Ngày trong tuần của ngày kết thúc', edit: 'date', key: 'endDate', show: f => weekdayOf(f.endDate) },
    partOfDay: { label: 'Buổi', edit: 'select', key: 'partOfDay', options: PART_OF_DAY } } },
  venue: { label: 'Địa điểm', create: () => ({}), parts: {
    name: { label: 'Địa điểm', edit: 'text', key: 'name' },
    level: { label: 'Cấp điểm cầu', edit: 'select', key: 'level', options: [['', '(không rõ)']].concat(Object.entries(LEVEL_LABEL)) },
    link: { label: 'Đường dẫn họp trực tuyến', edit: 'text', key: 'link' } } },
  invitee: { label: 'Người / đơn vị được mời', create: () => ({ representative: true, units: [] }), parts: {
    name: { label: 'Họ tên', edit: 'text', key: 'name' },
    title: { label: 'Chức vụ', edit: 'text', key: 'title' },
    units: { label: 'Đơn vị', edit: 'lines', key: 'units' },
    note: { label: 'Ghi chú', edit: 'text', key: 'note' } } },
  task: { label: 'Phân công nhiệm vụ', create: () => ({ deadlines: [] }), parts: {
    lead: { label: 'Đơn vị chủ trì', edit: 'text', key: 'lead' },
    coordinating: { label: 'Đơn vị phối hợp', edit: 'lines', key: 'coordinating' },
    deliverable: { label: 'Sản phẩm', edit: 'text', key: 'deliverable' },
    deadline: { label: 'Hạn', edit: 'deadline', key: 'deadlines', index: 0 },
    deadline2: { label: 'Hạn thứ hai', edit: 'deadline', key: 'deadlines', index: 1 } } },
  agenda: { label: 'Nội dung chương trình', create: () => ({}), parts: {
    topic: { label: 'Nội dung', edit: 'text', key: 'topic' },
    presenter: { label: 'Người trình bày', edit: 'text', key: 'presenter' } } },
  group: { label: 'Nhóm thành phần', create: () => ({ level: 'tinh' }), parts: {
    level: { label: 'Cấp của nhóm', edit: 'select', key: 'level', options: Object.entries(LEVEL_LABEL) } } },
  requirement: { label: 'Yêu cầu với đại biểu', create: () => ({}), parts: {
    detail: { label: 'Yêu cầu', edit: 'text', key: 'detail' },
    link: { label: 'Đường dẫn', edit: 'text', key: 'link' } } },
  programme: { label: 'Chương trình theo giờ', create: () => ({ slots: [] }), parts: {
    date: { label: 'Ngày của chương trình', edit: 'date', key: 'date' },
    weekday: { label: 'Ngày trong tuần của chương trình', edit: 'date', key: 'date', show: f => weekdayOf(f.date) } } }
};

// ---- Vietnamese dates and times -----------------------------------------------------------------------------

/** 2026-05-12 → 12/05/2026; anything else as it is. */
function isoToVn(iso) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso || '');
  return m ? m[3] + '/' + m[2] + '/' + m[1] : (iso || '');
}

/** 12/5/2026 (also 12-5-2026, 12.5.2026) → 2026-05-12; '' for blank; null when it is no real day. */
function vnToIso(text) {
  const t = (text || '').trim();
  if (!t) return '';
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  if (!m) return null;
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return y + '-' + String(mo).padStart(2, '0') + '-' + String(d).padStart(2, '0');
}

/** 8h30, 8:30, 0830 → 08:30; '' for blank; null when it is no time of day. */
function normaliseTime(text) {
  const t = (text || '').trim().toLowerCase();
  if (!t) return '';
  const m = /^(\d{1,2})\s*(?:[:h.]\s*(\d{2})?|(\d{2}))?\s*(?:phút)?$/.exec(t.replace('giờ', 'h'));
  if (!m) return null;
  const h = Number(m[1]);
  const min = Number(m[2] || m[3] || 0);
  if (h > 23 || min > 59) return null;
  return String(h).padStart(2, '0') + ':' + String(min).padStart(2, '0');
}

function weekdayOf(iso) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso || '');
  return m ? WEEKDAYS[new Date(Date.UTC(+m[1], +m[2] - 1, +m[3])).getUTCDay()] : '';
}

let pickerSeq = 0;

/**
 * A date field written dd/mm/yyyy with a Vietnamese month calendar. {@code onChange} gets the ISO date, '' when
 * cleared; a day that does not exist is said next to the field and changes nothing.
 */
function vnDateInput(attrs, iso, onChange) {
  const n = ++pickerSeq;
  const input = el('input', Object.assign({ type: 'text', inputmode: 'numeric', placeholder: 'dd/mm/yyyy',
    autocomplete: 'off', 'aria-describedby': 'date-msg-' + n }, attrs));
  input.value = isoToVn(iso);
  const msg = el('span', { id: 'date-msg-' + n, class: 'field-msg', role: 'status' });
  const calendar = el('div', { class: 'calendar', hidden: true, role: 'group', 'aria-label': 'Lịch chọn ngày' });
  const button = el('button', { type: 'button', class: 'small pick', 'aria-label': 'Chọn ngày trên lịch',
    'aria-expanded': 'false', title: 'Chọn ngày trên lịch' }, 'Lịch');
  const accept = () => {
    const value = vnToIso(input.value);
    if (value === null) {
      input.setAttribute('aria-invalid', 'true');
      msg.textContent = /^\s*\d{1,2}[/.-]\d{1,2}[/.-]\d{4}\s*$/.test(input.value)
        ? 'Ngày ' + input.value.trim() + ' không có trên lịch.' : 'Viết ngày dạng ngày/tháng/năm, ví dụ 05/12/2026.';
      return;
    }
    input.removeAttribute('aria-invalid');
    msg.textContent = '';
    onChange(value);
  };
  input.addEventListener('input', accept);
  const draw = month => {
    const [y, m] = month;
    const first = new Date(Date.UTC(y, m, 1));
    const days = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
    const lead = (first.getUTCDay() + 6) % 7; // weeks start on Monday
    const chosen = vnToIso(input.value);
    const grid = el('div', { class: 'cal-grid' }, ['T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'CN'].map(d => el('span', { class: 'cal-head' }, d)));
    for (let i = 0; i < lead; i++) grid.append(el('span'));
    for (let d = 1; d <= days; d++) {
      const value = y + '-' + String(m + 1).padStart(2, '0') + '-' + String(d).padStart(2, '0');
      grid.append(el('button', { type: 'button', class: 'cal-day' + (value === chosen ? ' chosen' : ''),
        'aria-label': weekdayOf(value) + ', ' + isoToVn(value), onclick: () => {
          input.value = isoToVn(value);
          accept();
          toggle(false);
          input.focus();
        } }, String(d)));
    }
    const shift = k => draw(m + k < 0 ? [y - 1, 11] : m + k > 11 ? [y + 1, 0] : [y, m + k]);
    calendar.replaceChildren(el('div', { class: 'cal-nav' },
      el('button', { type: 'button', class: 'small', 'aria-label': 'Tháng trước', onclick: () => shift(-1) }, '‹'),
      el('span', { class: 'cal-title', 'aria-live': 'polite' }, 'Tháng ' + (m + 1) + '/' + y),
      el('button', { type: 'button', class: 'small', 'aria-label': 'Tháng sau', onclick: () => shift(1) }, '›')), grid);
  };
  const toggle = open => {
    calendar.hidden = !open;
    button.setAttribute('aria-expanded', String(open));
    if (open) {
      const iso = vnToIso(input.value);
      const now = new Date();
      draw(iso ? [Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1] : [now.getFullYear(), now.getMonth()]);
    }
  };
  button.addEventListener('click', () => toggle(calendar.hidden));
  calendar.addEventListener('keydown', e => { if (e.key === 'Escape') { toggle(false); button.focus(); } });
  const box = el('span', { class: 'vn-date' }, input, button, calendar, msg);
  box.input = input;
  return box;
}

/** The half hours of a working day, offered under a time field. */
const TIME_LIST = (() => {
  const list = el('datalist', { id: 'vn-times' });
  for (let h = 6; h <= 21; h++) for (const m of ['00', '15', '30', '45']) list.append(el('option', { value: String(h).padStart(2, '0') + ':' + m }));
  document.body.append(list);
  return list;
})();

/** A 24-hour time field (HH:MM; 8h30 and 8:30 are read too) with the day's quarter hours to pick from. */
function vnTimeInput(attrs, value, onChange) {
  const n = ++pickerSeq;
  const input = el('input', Object.assign({ type: 'text', inputmode: 'numeric', placeholder: 'HH:MM (24 giờ)',
    list: TIME_LIST.id, autocomplete: 'off', 'aria-describedby': 'time-msg-' + n }, attrs));
  input.value = value || '';
  const msg = el('span', { id: 'time-msg-' + n, class: 'field-msg', role: 'status' });
  input.addEventListener('input', () => {
    const t = normaliseTime(input.value);
    if (t === null) {
      input.setAttribute('aria-invalid', 'true');
      msg.textContent = 'Viết giờ theo 24 giờ, ví dụ 14:00.';
      return;
    }
    input.removeAttribute('aria-invalid');
    msg.textContent = '';
    onChange(t);
  });
  const box = el('span', { class: 'vn-time' }, input, msg);
  box.input = input;
  return box;
}

// ---- wording with chips ------------------------------------------------------------------------------------

const PLACEHOLDER = /\{\{|\{([A-Za-z][A-Za-z0-9]*)(?::([^}]*))?\}/g;

/** The fact of {@code point} that owns placeholder {@code name}, as [factKey, part]. */
function ownerOf(point, name) {
  for (const [k, kind] of Object.entries(FACT_KINDS)) {
    if (point[k] && kind.parts[name]) return [k, kind.parts[name]];
  }
  return null;
}

/** How a chip reads: its label and the fact's value, or "chưa nhập". */
function chipText(point, name) {
  const owner = ownerOf(point, name);
  if (!owner) return { label: 'Dữ kiện chưa có', value: name };
  const [k, part] = owner;
  const fact = point[k];
  let value;
  if (part.show) value = part.show(fact);
  else if (part.edit === 'date') value = isoToVn(fact[part.key]);
  else if (part.edit === 'lines') value = (fact[part.key] || []).join(', ');
  else if (part.edit === 'deadline') value = deadlineText((fact.deadlines || [])[part.index]);
  else if (part.edit === 'select') value = (part.options.find(o => o[0] === fact[part.key]) || ['', ''])[1];
  else value = fact[part.key] == null ? '' : String(fact[part.key]);
  return { label: part.label, value };
}

function deadlineText(d) {
  if (!d) return '';
  const [day, time] = String(d).split('T');
  return isoToVn(day) + (time ? ' ' + time : '');
}

function chip(point, name, format) {
  const c = el('span', { class: 'chip', contenteditable: 'false', tabindex: '0', role: 'button', 'data-ph': name });
  if (format) c.dataset.fmt = format;
  paintChip(c, point);
  return c;
}

function paintChip(c, point) {
  const { label, value } = chipText(point, c.dataset.ph);
  c.replaceChildren(el('span', { class: 'chip-label' }, label), ' ', el('span', { class: 'chip-value' }, value || 'chưa nhập'));
  c.classList.toggle('empty', !value);
  c.setAttribute('aria-label', label + ' ' + (value || 'chưa nhập') + ', bấm Enter để sửa');
}

/** Fills the wording box from markup: text as text, each placeholder as a chip. */
function fillWording(box, point, markup) {
  box.replaceChildren();
  let last = 0;
  const text = markup || '';
  for (const m of text.matchAll(PLACEHOLDER)) {
    if (m.index > last) box.append(document.createTextNode(text.slice(last, m.index)));
    box.append(m[1] ? chip(point, m[1], m[2]) : document.createTextNode('{'));
    last = m.index + m[0].length;
  }
  if (last < text.length) box.append(document.createTextNode(text.slice(last)));
}

/** The markup the wording box shows: chips back to {name} (or {name:format}), a literal brace doubled. */
function wordingMarkup(box) {
  let out = '';
  const walk = node => {
    for (const n of node.childNodes) {
      if (n.nodeType === Node.TEXT_NODE) out += n.nodeValue.replace(/\u00a0/g, ' ').replace(/\{/g, '{{');
      else if (n.classList && n.classList.contains('chip')) out += '{' + n.dataset.ph + (n.dataset.fmt ? ':' + n.dataset.fmt : '') + '}';
      else if (n.nodeName === 'BR') out += '\n';
      else {
        if (/^(DIV|P)$/.test(n.nodeName) && out && !out.endsWith('\n')) out += '\n';
        walk(n);
      }
    }
  };
  walk(box);
  return out.replace(/\n$/, '');
}

/** The menu of chips a point can take, grouped by fact. */
function insertMenu(attrs) {
  const select = el('select', Object.assign({ class: 'insert struct' }, attrs), el('option', { value: '' }, 'Chèn dữ kiện…'),
    Object.entries(FACT_KINDS).map(([k, kind]) => el('optgroup', { label: kind.label },
      Object.entries(kind.parts).map(([name, part]) => el('option', { value: k + '.' + name }, part.label)))));
  return select;
}

/** Inserts {@code node} at the caret when the caret is in {@code box}, else at its end. */
function insertAtCaret(box, node, range) {
  if (range && box.contains(range.startContainer)) {
    range.deleteContents();
    range.insertNode(node);
  } else {
    box.append(node);
  }
  const before = node.previousSibling;
  if (before && before.nodeType === Node.TEXT_NODE && /\S$/.test(before.nodeValue)) node.before(document.createTextNode(' '));
  node.after(document.createTextNode(' '));
}

/**
 * The in-place editor of one chip: a small dialog under it with the field its fact stores. {@code write(key, value)}
 * stores a value of the fact; {@code done()} runs when it closes.
 */
function openChipEditor(chipEl, point, write, done) {
  document.querySelectorAll('.chip-editor').forEach(e => e.remove());
  const owner = ownerOf(point, chipEl.dataset.ph);
  if (!owner) return;
  const [k, part] = owner;
  const fact = point[k];
  const n = ++pickerSeq;
  const labelId = 'chip-editor-' + n;
  const close = () => {
    pop.remove();
    chipEl.focus();
    done();
  };
  let field;
  const attrs = { id: labelId + '-input', 'data-path': chipEl.closest('[data-point]').dataset.point + '.' + k + '.' + part.key };
  if (part.edit === 'date') field = vnDateInput(attrs, fact[part.key], v => write(k, part.key, v));
  else if (part.edit === 'time') field = vnTimeInput(attrs, fact[part.key], v => write(k, part.key, v));
  else if (part.edit === 'deadline') {
    const list = fact.deadlines || (fact.deadlines = []);
    const [day, time] = String(list[part.index] || '').split('T');
    let d = day || '';
    let t = time || '';
    const put = () => {
      list[part.index] = d ? d + (t ? 'T' + t : '') : undefined; // a second deadline before a first one moves up
      fact.deadlines = list.filter(Boolean);
      write(k, 'deadlines', fact.deadlines);
    };
    field = el('span', { class: 'deadline' }, vnDateInput(attrs, d, v => { d = v; put(); }),
      el('label', { class: 'f inline' }, 'Giờ (nếu có)', vnTimeInput({}, t, v => { t = v; put(); })));
  } else if (part.edit === 'select') {
    field = el('select', attrs, part.options.map(([v, t]) => el('option', { value: v }, t)));
    field.value = fact[part.key] || '';
    field.addEventListener('change', () => write(k, part.key, field.value));
  } else if (part.edit === 'lines') {
    field = el('textarea', Object.assign({ rows: 3 }, attrs));
    field.value = (fact[part.key] || []).join('\n');
    field.addEventListener('input', () => write(k, part.key, field.value.split('\n').map(s => s.trim()).filter(Boolean)));
  } else {
    field = el('input', Object.assign({ type: part.edit === 'number' ? 'number' : 'text', placeholder: part.placeholder }, attrs));
    field.value = fact[part.key] == null ? '' : fact[part.key];
    field.addEventListener('input', () => write(k, part.key, part.edit === 'number'
      ? (field.value === '' ? null : Number(field.value)) : field.value));
  }
  const pop = el('div', { class: 'chip-editor', role: 'dialog', 'aria-labelledby': labelId },
    el('label', { id: labelId, for: attrs.id, class: 'chip-editor-label' }, part.label + (part.unit ? ' (' + part.unit + ')' : '')),
    field,
    el('div', { class: 'actions' }, el('button', { type: 'button', class: 'small primary', onclick: close }, 'Xong')));
  pop.addEventListener('keydown', e => { if (e.key === 'Escape' || (e.key === 'Enter' && e.target.tagName === 'INPUT')) { e.preventDefault(); close(); } });
  chipEl.closest('.wording-wrap').append(pop);
  (pop.querySelector('input, select, textarea') || pop).focus();
}
