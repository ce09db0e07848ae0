'use strict';
/*
 * Trình soạn giấy mời: a form over the input format (the same schema as the YAML files). Every input carries
 * data-path = the field path the rules and the parser report (date.day, body[2].points[0].text), so a finding
 * can focus its field. Typing updates the model; a debounced request redraws the preview and the findings.
 */
const MARKERS = [['', '(đoạn)'], ['1.', '1.'], ['1.1.', '1.1.'], ['a)', 'a)'], ['I.', 'I.'], ['-', '-'], ['+', '+'], ['*)', '*)'], ['- a)', '- a)']];
const LEVELS = [['', '(không rõ)'], ['trung-uong', 'Trung ương'], ['tinh', 'Tỉnh'], ['huyen', 'Huyện'], ['xa', 'Xã']];
const AUTHORITY_STACKS = [
  ['', 'Chọn mẫu thường dùng…'], ['[]', 'Người đứng đầu ký (không có dòng quyền hạn)'],
  ['["TM. ỦY BAN NHÂN DÂN"]', 'TM. ỦY BAN NHÂN DÂN'], ['["TM. ỦY BAN NHÂN DÂN","KT. CHỦ TỊCH"]', 'TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH'],
  ['["KT. CHỦ TỊCH"]', 'KT. CHỦ TỊCH'], ['["TL. CHỦ TỊCH"]', 'TL. CHỦ TỊCH'],
  ['["TL. CHỦ TỊCH","KT. CHÁNH VĂN PHÒNG"]', 'TL. CHỦ TỊCH / KT. CHÁNH VĂN PHÒNG'], ['["TUQ. CHỦ TỊCH"]', 'TUQ. CHỦ TỊCH'],
  ['["KT. GIÁM ĐỐC"]', 'KT. GIÁM ĐỐC'], ['["TL. GIÁM ĐỐC"]', 'TL. GIÁM ĐỐC'], ['["Q. GIÁM ĐỐC"]', 'Q. GIÁM ĐỐC']];

const params = new URLSearchParams(location.search);
const id = params.get('id');
const formEl = document.getElementById('form');
let model = null;      // the invitation in the input format
let stored = null;     // {id, version, status, savedAt, actions}
let dirty = false;
let edits = 0;         // counts changes, so a save can tell whether the user typed while it was on its way
let formats = ['txt'];
let previewFormat = 'txt';
let refreshTimer = null;
let refreshSeq = 0;
let lastProblems = [];

// ---- model access by path -------------------------------------------------------------------------------

function get(path) {
  return path.split('.').reduce((o, k) => (o == null ? undefined : o[k]), model);
}

function set(path, value) {
  const keys = path.split('.');
  let o = model;
  for (const k of keys.slice(0, -1)) {
    if (o[k] == null || typeof o[k] !== 'object') o[k] = {};
    o = o[k];
  }
  o[keys[keys.length - 1]] = value;
  changed();
}

/** Turns "body[2].points[0]" into the model key path "body.2.points.0". */
function key(dataPath) {
  return dataPath.replace(/\[(\d+)\]/g, '.$1');
}

function changed() {
  dirty = true;
  edits++;
  if (!stored && model) setTimeout(() => { if (!stored) create(); }, 0); // a new draft is saved on its first change
  showSaved();
  repaintChips();
  scheduleRefresh();
}

// ---- inputs -----------------------------------------------------------------------------------------------

/** A labelled input bound to the model at dataPath (the reported field path). */
function field(label, dataPath, opts = {}) {
  const k = key(opts.modelPath || dataPath);
  const raw = get(k);
  let input;
  const attrs = { 'data-path': dataPath, name: dataPath, placeholder: opts.placeholder };
  if (opts.options) {
    input = el('select', attrs, opts.options.map(([v, t]) => el('option', { value: v }, t)));
    input.value = raw == null ? '' : String(raw);
  } else if (opts.multiline) {
    const text = Array.isArray(raw) ? raw.join('\n') : (raw == null ? '' : String(raw));
    const lines = text.split('\n').reduce((n, l) => n + Math.max(1, Math.ceil(l.length / 80)), 0);
    input = el('textarea', Object.assign(attrs, { rows: Math.min(10, Math.max(opts.rows || 2, lines)) }));
    input.value = text;
  } else if (opts.type === 'vndate' || opts.type === 'vntime') {
    const make = opts.type === 'vndate' ? vnDateInput : vnTimeInput;
    const box = make({ 'data-path': dataPath, name: dataPath }, raw == null ? '' : String(raw), v => set(k, v));
    return el('label', { class: 'f' }, label, box);
  } else if (opts.type === 'checkbox') {
    input = el('input', Object.assign(attrs, { type: 'checkbox' }));
    input.checked = !!raw;
    input.addEventListener('change', () => set(k, input.checked));
    return el('label', { class: 'f check' }, input, label);
  } else {
    input = el('input', Object.assign(attrs, { type: opts.type || 'text' }));
    input.value = raw == null ? '' : String(raw);
  }
  const read = () => {
    let v = input.value;
    if (opts.lines) v = v.split('\n').map(s => s.trim()).filter(Boolean);
    else if (opts.type === 'number') v = v === '' ? null : Number(v);
    return v;
  };
  input.addEventListener(opts.options ? 'change' : 'input', () => {
    set(k, read());
    if (opts.rerender) render();
  });
  return el('label', { class: 'f' }, label, input);
}

/** An editable list of strings (Kính gửi, Nơi nhận, dòng quyền hạn). */
function stringList(dataPath, placeholder, addLabel, rowLabel) {
  const k = key(dataPath);
  const list = get(k) || [];
  const box = el('div', { 'data-path': dataPath });
  list.forEach((_, i) => {
    const p = dataPath + '[' + i + ']';
    const input = el('input', { 'data-path': p, name: p, value: list[i], placeholder, 'aria-label': (rowLabel || addLabel) + ', dòng ' + (i + 1) });
    input.addEventListener('input', () => set(key(p), input.value));
    box.append(el('div', { class: 'listrow' }, input,
      el('button', { type: 'button', class: 'small struct', title: 'Lên', 'aria-label': 'Đưa dòng ' + (i + 1) + ' lên', onclick: () => move(k, i, -1) }, '↑'),
      el('button', { type: 'button', class: 'small danger struct', title: 'Xóa dòng', 'aria-label': 'Xóa dòng ' + (i + 1), onclick: () => removeAt(k, i) }, '✕')));
  });
  box.append(el('button', { type: 'button', class: 'small struct', onclick: () => { add(k, ''); } }, '+ ' + addLabel));
  return box;
}

function add(k, item) {
  const list = get(k);
  if (Array.isArray(list)) list.push(item); else set(k, [item]);
  changed();
  render();
}

function removeAt(k, i) {
  get(k).splice(i, 1);
  changed();
  render();
}

function move(k, i, d) {
  const list = get(k);
  const j = i + d;
  if (j < 0 || j >= list.length) return;
  [list[i], list[j]] = [list[j], list[i]];
  changed();
  render();
}

// ---- the form ---------------------------------------------------------------------------------------------

function render() {
  const scroll = window.scrollY;
  const focused = document.activeElement && document.activeElement.getAttribute('data-path');
  formEl.replaceChildren(header(), recipients(), opening(), body(), signature());
  if (stored && !stored.actions.includes('edit')) {
    formEl.querySelectorAll('input, select, textarea').forEach(i => { i.disabled = true; });
    formEl.querySelectorAll('[contenteditable]:not(.chip)').forEach(b => { b.contentEditable = 'false'; b.setAttribute('aria-readonly', 'true'); });
  }
  markProblems();
  window.scrollTo(0, scroll);
  if (focused) {
    const again = formEl.querySelector('[data-path="' + CSS.escape(focused) + '"]');
    if (again) again.focus({ preventScroll: true });
  }
}

function numberParts() {
  const n = model.number || '';
  const slash = n.indexOf('/');
  return slash < 0 ? ['', n] : [n.slice(0, slash), n.slice(slash + 1)];
}

function numberInput(label, dataPath, part) {
  const input = el('input', { 'data-path': dataPath, name: dataPath, value: numberParts()[part],
    placeholder: part === 0 ? 'để trống khi dự thảo' : 'GM-UBND' });
  input.addEventListener('input', () => {
    const parts = numberParts();
    parts[part] = input.value.trim();
    set('number', parts[0] + '/' + parts[1]);
  });
  return el('label', { class: 'f' }, label, input);
}

function header() {
  if (!model.date || typeof model.date !== 'object') {
    const iso = typeof model.date === 'string' ? model.date.split('-') : ['', '', ''];
    model.date = { day: iso[2] || '', month: iso[1] ? String(Number(iso[1])) : '', year: Number(iso[0]) || new Date().getFullYear() };
  }
  return el('fieldset', { 'data-path': 'header' }, el('legend', {}, 'Phần đầu'),
    el('div', { class: 'row' },
      field('Loại văn bản', 'kind', { options: [['giay-moi', 'Giấy mời (Mẫu 1.7)'], ['cong-van', 'Công văn thay giấy mời (Mẫu 1.5)']], rerender: true }),
      field('Hình thức họp', 'form', { options: [['', '(không ghi)'], ['truc-tiep', 'Trực tiếp'], ['truc-tuyen', 'Trực tuyến'], ['ket-hop', 'Kết hợp']] })),
    el('div', { class: 'row' },
      field('Cơ quan chủ quản (nếu có)', 'issuer.parent', { placeholder: 'UBND TỈNH …' }),
      field('Tên cơ quan ban hành', 'issuer.name', { multiline: true })),
    el('div', { class: 'row' },
      field('Viết tắt', 'issuer.abbreviation', { placeholder: 'UBND' }),
      field('Cấp', 'issuer.level', { options: LEVELS }),
      field('Tỉnh/thành', 'issuer.province')),
    el('div', { class: 'row' },
      numberInput('Số (cấp khi ban hành)', 'number', 0),
      numberInput('Ký hiệu', 'number.symbol', 1),
      field('Địa danh', 'place')),
    el('div', { class: 'row' },
      field('Ngày', 'date.day', { placeholder: 'để trống khi dự thảo' }),
      field('Tháng', 'date.month', { placeholder: 'để trống khi dự thảo' }),
      field('Năm', 'date.year', { type: 'number' })),
    field(model.kind === 'cong-van' ? 'Trích yếu (V/v …)' : 'Trích yếu', 'subject', { multiline: true, rows: 2 }),
    el('div', { class: 'row' },
      field('Độ khẩn', 'urgency', { options: [['', '(không)'], ['khan', 'Khẩn'], ['thuong-khan', 'Thượng khẩn'], ['hoa-toc', 'Hỏa tốc']] }),
      field('Độ mật', 'confidentiality', { options: [['', '(không)'], ['mat', 'Mật'], ['toi-mat', 'Tối mật'], ['tuyet-mat', 'Tuyệt mật']] })));
}

function recipients() {
  const addressees = model.kind === 'cong-van' || (model.addressees || []).length;
  return el('div', { class: 'form' },
    addressees ? el('fieldset', { 'data-path': 'addressees' }, el('legend', {}, 'Kính gửi'),
      el('div', { class: 'hint' }, 'Mỗi dòng một nơi; dòng chưa phải dòng cuối kết thúc bằng dấu ;'),
      stringList('addressees', 'Sở Nội vụ;', 'thêm nơi được kính gửi', 'Kính gửi'),
      unitPicker('Kính gửi thêm đơn vị trong danh bạ', model.addressees, u => pick('addressees', withAddressee(model.addressees, u.name)),
        { 'data-path': 'addressees.pick' })) : null,
    el('fieldset', { 'data-path': 'distribution' }, el('legend', {}, 'Nơi nhận'),
      el('div', { class: 'hint' }, 'Dòng cuối: Lưu: VT, …'),
      stringList('distribution', 'Như thành phần mời;', 'thêm nơi nhận', 'Nơi nhận'),
      unitPicker('Nơi nhận thêm đơn vị trong danh bạ', model.distribution, u => pick('distribution', withRecipient(model.distribution, u.name)),
        { 'data-path': 'distribution.pick' }),
      addressees ? null : el('button', { type: 'button', class: 'small struct', onclick: () => add('addressees', '') }, '+ thêm phần Kính gửi')));
}

/** Stores a list made by a picker and redraws the form. */
function pick(k, list) {
  set(k, list);
  render();
}

function opening() {
  if (!model.opening) model.opening = { text: '', basis: [] };
  const basis = model.opening.basis || (model.opening.basis = []);
  const rows = basis.map((_, i) => {
    const p = 'opening.basis[' + i + ']';
    return el('div', { class: 'row basis', 'data-path': p },
      field('Loại', p + '.type', { placeholder: 'văn bản' }), field('Số', p + '.number'),
      field('Ngày', p + '.date', { type: 'vndate' }), field('Cơ quan', p + '.issuer'),
      el('button', { type: 'button', class: 'small danger struct', title: 'Xóa căn cứ', onclick: () => removeAt('opening.basis', i) }, '✕'));
  });
  return el('fieldset', {}, el('legend', {}, 'Mở đầu'),
    field('Đoạn mở đầu', 'opening.text', { multiline: true, rows: 3 }),
    el('div', { class: 'hint' }, 'Văn bản căn cứ'), rows,
    el('button', { type: 'button', class: 'small struct', onclick: () => add('opening.basis', { type: 'văn bản', number: '', issuer: '' }) }, '+ thêm căn cứ'));
}

function body() {
  if (!model.body) model.body = [];
  return el('fieldset', { 'data-path': 'body' }, el('legend', {}, 'Nội dung (thành phần, thời gian, địa điểm, phân công …)'),
    el('div', { class: 'hint' }, 'Mỗi mục có kiểu đánh số, lời văn và tùy chọn một dữ kiện. Dùng **đậm**, *nghiêng*.'),
    model.body.map((_, i) => point('body', i)),
    el('button', { type: 'button', class: 'small struct', onclick: () => add('body', { marker: '1.', text: '' }) }, '+ thêm mục'));
}

/** The style a marker sample names: "3." is the khoản style "1.", "c)" the điểm style "a)". */
function markerStyle(sample) {
  const s = (sample || '').trim().replace(/\s+/g, ' ');
  if (/^\d+\.$/.test(s)) return '1.';
  if (/^\d+\.\d+\.?$/.test(s)) return '1.1.';
  if (/^[a-zđ]{1,2}\)$/.test(s)) return 'a)';
  if (/^- [a-zđ]{1,2}\)$/.test(s)) return '- a)';
  if (/^[IVXLC]+\.$/.test(s)) return 'I.';
  return s;
}

function point(parentPath, i) {
  const listKey = key(parentPath);
  const p = parentPath + '[' + i + ']';
  const k = key(p);
  const pt = get(k);
  if (pt.marker) pt.marker = markerStyle(pt.marker);
  const marker = el('select', { class: 'marker', 'data-path': p + '.marker', name: p + '.marker', 'aria-label': 'Kiểu đánh số của mục' },
    MARKERS.map(([v, t]) => el('option', { value: v }, t)));
  marker.value = pt.marker || '';
  marker.addEventListener('change', () => set(k + '.marker', marker.value));
  const box = wordingBox(p, pt);
  const menu = insertMenu({ 'aria-label': 'Chèn dữ kiện vào lời văn của mục' });
  menu.addEventListener('change', () => {
    const [fact, name] = menu.value.split('.');
    menu.value = '';
    if (!fact) return;
    if (!pt[fact]) pt[fact] = FACT_KINDS[fact].create();
    const c = chip(pt, name);
    insertAtCaret(box, c, box.caret);
    const nth = [...box.querySelectorAll('.chip')].indexOf(c);
    pt.text = wordingMarkup(box);
    changed();
    render();
    const again = formEl.querySelector('[data-path="' + CSS.escape(p + '.text') + '"]').querySelectorAll('.chip')[nth];
    if (again) editChip(again, pt);
  });
  const facts = Object.keys(FACT_KINDS).filter(f => pt[f]);
  const children = (pt.points || []).map((_, j) => point(p + '.points', j));
  return el('div', { class: 'point', 'data-path': p, 'data-point': p },
    el('div', { class: 'point-head' }, marker,
      el('span', { class: 'grow' }), menu,
      el('button', { type: 'button', class: 'small struct', 'aria-label': 'Đưa mục lên', title: 'Lên', onclick: () => move(listKey, i, -1) }, '↑'),
      el('button', { type: 'button', class: 'small struct', 'aria-label': 'Đưa mục xuống', title: 'Xuống', onclick: () => move(listKey, i, 1) }, '↓'),
      el('button', { type: 'button', class: 'small struct', onclick: () => add(k + '.points', { marker: '-', text: '' }) }, '+ mục con'),
      el('button', { type: 'button', class: 'small danger struct', 'aria-label': 'Xóa mục', title: 'Xóa mục', onclick: () => removeAt(listKey, i) }, '✕')),
    el('div', { class: 'wording-wrap' }, box),
    facts.map(f => factFields(p, pt, f)),
    children);
}

/** The point's wording: text with chips for its facts; the caret is kept so a chip goes where the clerk was. */
function wordingBox(p, pt) {
  const box = el('div', { class: 'wording', contenteditable: 'plaintext-only', role: 'textbox', 'aria-multiline': 'true',
    'aria-label': 'Lời văn của mục', 'data-path': p + '.text',
    'data-placeholder': pt.text == null && Object.keys(FACT_KINDS).some(f => pt[f]) ? 'Lời văn mặc định của dữ kiện' : 'Lời văn của mục' });
  fillWording(box, pt, pt.text == null ? '' : pt.text);
  const keep = () => {
    const sel = getSelection();
    if (sel.rangeCount && box.contains(sel.anchorNode)) box.caret = sel.getRangeAt(0).cloneRange();
  };
  box.addEventListener('keyup', keep);
  box.addEventListener('mouseup', keep);
  box.addEventListener('input', () => {
    keep();
    pt.text = wordingMarkup(box);
    changed();
  });
  box.addEventListener('click', e => {
    const c = e.target.closest('.chip');
    if (c) editChip(c, pt);
  });
  box.addEventListener('keydown', e => {
    const c = e.target.closest && e.target.closest('.chip');
    if (c && (e.key === 'Enter' || e.key === ' ')) {
      e.preventDefault();
      editChip(c, pt);
    }
  });
  return box;
}

function editChip(c, pt) {
  if (stored && !stored.actions.includes('edit')) return;
  const box = c.closest('.wording');
  const path = box.dataset.path;
  const nth = [...box.querySelectorAll('.chip')].indexOf(c);
  openChipEditor(c, pt, (fact, field, value) => {
    pt[fact][field] = value;
    changed();
  }, () => { // the form is redrawn with the new value; the focus goes back to the chip
    render();
    const again = formEl.querySelector('[data-path="' + CSS.escape(path) + '"]');
    const chipAgain = again && again.querySelectorAll('.chip')[nth];
    if (chipAgain) chipAgain.focus();
  });
}

/** Repaints every chip from the model (a fact's value changed in its box or in a chip's editor). */
function repaintChips() {
  formEl.querySelectorAll('[data-point]').forEach(pointEl => {
    const pt = get(key(pointEl.dataset.point));
    if (pt) pointEl.querySelectorAll(':scope > .wording-wrap .chip').forEach(c => paintChip(c, pt));
  });
}

function factFields(p, pt, fact) {
  const f = p + '.' + fact;
  const boxes = {
    session: () => [el('div', { class: 'row' }, field('Ngày họp', f + '.date', { type: 'vndate' }),
      field('Giờ bắt đầu', f + '.start', { type: 'vntime' }), field('Giờ kết thúc', f + '.end', { type: 'vntime' })),
      el('div', { class: 'row' }, field('Buổi', f + '.partOfDay', { options: PART_OF_DAY }),
        field('Ngày kết thúc (họp nhiều ngày)', f + '.endDate', { type: 'vndate' }),
        field('Thời lượng', f + '.duration', { placeholder: 'Một buổi' }),
        field('Có mặt trước (phút)', f + '.arriveEarlyMinutes', { type: 'number' }))],
    venue: () => [el('div', { class: 'row' }, field('Tên địa điểm', f + '.name'), field('Cấp điểm cầu', f + '.level', { options: LEVELS }))],
    group: () => [field('Cấp của nhóm', f + '.level', { options: LEVELS.slice(1) })],
    invitee: () => [el('div', { class: 'row' }, field('Họ tên', f + '.name'), field('Chức vụ', f + '.title')),
      field('Đơn vị (mỗi dòng một đơn vị)', f + '.units', { multiline: true, lines: true, rows: 2 }),
      unitPicker('Thêm đơn vị được mời từ danh bạ', pt.invitee.units, u => pick(key(f + '.units'), (pt.invitee.units || []).concat([u.name])),
        { 'data-path': f + '.units.pick' }),
      el('div', { class: 'row' }, field('Đại diện', f + '.representative', { type: 'checkbox' }),
        field('Chủ trì', f + '.chair', { type: 'checkbox' }), field('Có giấy mời riêng', f + '.separateInvitation', { type: 'checkbox' }),
        field('Ghi chú', f + '.note'))],
    agenda: () => [el('div', { class: 'row' }, field('Nội dung', f + '.topic'), field('Người trình bày', f + '.presenter'))],
    task: () => [el('div', { class: 'row' }, field('Đơn vị chủ trì', f + '.lead'), field('Sản phẩm', f + '.deliverable')),
      field('Đơn vị phối hợp (mỗi dòng một)', f + '.coordinating', { multiline: true, lines: true }),
      deadlines(f + '.deadlines')],
    requirement: () => [el('div', { class: 'row' }, field('Yêu cầu', f + '.detail'), field('Đường dẫn', f + '.link'))],
    programme: () => [field('Ngày của chương trình', f + '.date', { type: 'vndate' })]
  };
  return el('div', { class: 'fact-box', 'data-path': f },
    el('div', { class: 'fact-title' }, FACT_KINDS[fact].label,
      el('button', { type: 'button', class: 'small danger struct', onclick: () => { delete pt[fact]; changed(); render(); } }, 'Bỏ dữ kiện này')),
    boxes[fact]());
}

/** Hạn of a task: each a day, with a time when the task names one. */
function deadlines(dataPath) {
  const k = key(dataPath);
  const list = get(k) || [];
  const rows = list.map((d, i) => {
    const [day, time] = String(d).split('T');
    const parts = { day, time: time || '' };
    const put = () => {
      get(k)[i] = parts.day + (parts.time ? 'T' + parts.time : '');
      changed();
    };
    return el('div', { class: 'row deadline' },
      el('label', { class: 'f' }, 'Hạn ' + (i + 1) + ' (ngày)', vnDateInput({ 'data-path': dataPath + '[' + i + ']' }, day, v => { parts.day = v; put(); })),
      el('label', { class: 'f' }, 'Giờ (nếu có)', vnTimeInput({}, time, v => { parts.time = v; put(); })),
      el('button', { type: 'button', class: 'small danger struct', 'aria-label': 'Xóa hạn ' + (i + 1), onclick: () => removeAt(k, i) }, '✕'));
  });
  return el('div', { 'data-path': dataPath }, rows,
    el('button', { type: 'button', class: 'small struct', onclick: () => add(k, '') }, '+ thêm hạn'));
}

function signature() {
  if (!model.signature) model.signature = { authority: [] };
  const stack = el('select', { 'data-path': 'signature.stack', class: 'struct' }, AUTHORITY_STACKS.map(([v, t]) => el('option', { value: v }, t)));
  stack.addEventListener('change', () => {
    if (!stack.value) return;
    model.signature.authority = JSON.parse(stack.value);
    changed();
    render();
  });
  const roster = signerPicker(model.signature, chosen => {
    Object.assign(model.signature, chosen);
    changed();
    render();
  });
  return el('fieldset', { 'data-path': 'signature' }, el('legend', {}, 'Thẩm quyền ký'), roster,
    el('label', { class: 'f struct' }, roster ? 'hoặc mẫu quyền hạn ký' : 'Mẫu quyền hạn ký', stack),
    el('div', { class: 'hint' }, 'Dòng quyền hạn (TM., KT., TL., TUQ., Q. và chức danh)'),
    stringList('signature.authority', 'KT. CHỦ TỊCH', 'thêm dòng'),
    el('div', { class: 'row' }, field('Chức vụ người ký', 'signature.title', { placeholder: 'PHÓ CHỦ TỊCH' }),
      field('Họ tên người ký', 'signature.signer')));
}

// ---- serialisation ----------------------------------------------------------------------------------------

/** The model without empty values, as the input format expects (the date keeps blank day and month). */
function serialise() {
  const clean = (v, inDate) => {
    if (Array.isArray(v)) return v.map(x => clean(x, false)).filter(x => x !== undefined);
    if (v && typeof v === 'object') {
      const out = {};
      for (const [k, x] of Object.entries(v)) {
        const c = clean(x, k === 'date' && x && typeof x === 'object' && 'year' in x);
        if (c !== undefined) out[k] = c;
      }
      return inDate || Object.keys(out).length ? out : undefined;
    }
    if (v === '' || v === null || v === false) return inDate ? v : undefined;
    return v;
  };
  const out = clean(model, false) || {};
  if (model.date && typeof model.date === 'object') {
    out.date = { day: model.date.day || '', month: model.date.month || '', year: model.date.year };
  }
  if (Array.isArray(model.distribution)) out.distribution = model.distribution.filter(s => s && s.trim());
  // the form always shows the opening; one left empty is no opening at all, not a missing opening.text
  if (out.opening && !out.opening.text && !(out.opening.basis || []).length) delete out.opening;
  return out;
}

// ---- preview and findings ---------------------------------------------------------------------------------

/**
 * The preview and the findings follow the form 350 ms after the last keystroke. While one is due or on its way the
 * page says so (body[data-refreshing]): what it shows may still change, e.g. a finding's link be drawn anew.
 */
function scheduleRefresh() {
  clearTimeout(refreshTimer);
  document.body.dataset.refreshing = 'true';
  refreshTimer = setTimeout(() => { refreshTimer = null; refresh(); }, 350);
}

async function refresh() {
  const seq = ++refreshSeq;
  document.body.dataset.refreshing = 'true';
  const json = JSON.stringify(serialise());
  const [doc, check] = await Promise.all([
    fetch(API + '/render?format=' + previewFormat, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: json })
      .catch(() => ({ ok: false })),
    api('POST', '/check', json)]);
  if (seq !== refreshSeq) return; // a newer edit is on its way
  if (doc.ok) {
    const text = await doc.text();
    if (previewFormat === 'html') document.getElementById('preview-frame').srcdoc = text; // fitted on load
    else document.getElementById('preview-text').textContent = text;
    if (previewFormat === 'html') preparePrint(text); else preparePrintText(text);
    document.body.dataset.previewSeq = String(seq);
  }
  if (check.ok) showFindings(check.body.findings, []);
  else showFindings([], check.body.problems || [{ path: '', message: problemText(check.body) }]);
  if (refreshTimer === null) delete document.body.dataset.refreshing;
}

const SEVERITY_LABEL = { error: 'Lỗi:', warning: 'Cảnh báo:', hint: 'Gợi ý:' };
let lastFindings = [];

/** "NĐ 30/2020 PL I §II.9.d" as a clerk cites it: "NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.9.d". */
function citation(basis) {
  return (basis || '').replace(/NĐ 30\/2020(\/NĐ-CP)?/g, 'NĐ 30/2020/NĐ-CP')
    .replace(/ PL ([IVX]+) §/g, ', Phụ lục $1, mục ').replace(/ PL ([IVX]+)\b/g, ', Phụ lục $1').replace(/ §/g, ', mục ')
    .replace(/NĐ-CP Điều/g, 'NĐ-CP, Điều');
}

/**
 * The field a finding is about: the ký hiệu for a ký hiệu finding on the number, a point's wording for what its
 * text says (a weekday), its deadlines or its meeting date for date findings — never the point's numbering.
 */
function targetOf(f) {
  const path = f.path || '';
  if (path === 'number') {
    const symbol = numberParts()[1];
    return /SYMBOL/.test(f.ruleId || '') || (f.actual && f.actual === symbol) ? 'number.symbol' : 'number';
  }
  if (/^body\[\d+\](\.points\[\d+\])*$/.test(path)) {
    const pt = get(key(path)) || {};
    if (/DEADLINE/.test(f.ruleId || '') && pt.task) return path + '.task.deadlines';
    if (/^MEET-(BEFORE-ISSUE|LEAD-TIME|DATE-EXISTS)/.test(f.ruleId || '') && pt.session) return path + '.session.date';
    return path + '.text';
  }
  return path;
}

function showFindings(findings, problems) {
  const list = document.getElementById('findings-list');
  list.replaceChildren();
  lastFindings = findings;
  lastProblems = problems.concat(findings.filter(f => f.severity === 'error'));
  for (const p of problems) {
    list.append(el('li', { class: 'error' }, el('a', { href: '#', 'data-target': p.path, 'data-focus': targetOf(p), onclick: jump },
      el('span', { class: 'sev' }, 'Lỗi nhập:'), p.message)));
  }
  for (const f of findings) {
    const what = f.fix ? 'Cách sửa: ' + f.fix + '.' : f.expected ? 'Cần viết: ' + f.expected : null;
    list.append(el('li', { class: f.severity, 'data-rule': f.ruleId },
      el('a', { href: '#', 'data-target': f.path, 'data-focus': targetOf(f), onclick: jump },
        el('span', { class: 'sev' }, SEVERITY_LABEL[f.severity] || 'Cảnh báo:'), f.message),
      what ? el('div', { class: 'what' }, what) : null,
      el('div', { class: 'basis' }, 'Căn cứ: ' + citation(f.basis)),
      f.fixable && editable() ? el('button', { type: 'button', class: 'small fix', title: f.fix,
        'aria-label': 'Sửa: ' + f.fix, onclick: () => applyFix(f) }, 'Sửa') : null));
  }
  const errors = problems.length + findings.filter(f => f.severity === 'error').length;
  const warnings = findings.filter(f => f.severity === 'warning').length;
  const hints = findings.filter(f => f.severity === 'hint').length;
  document.getElementById('findings-count').textContent = errors + ' lỗi, ' + warnings + ' cảnh báo'
    + (hints ? ', ' + hints + ' gợi ý' : '');
  if (!problems.length && !findings.length) list.append(el('li', { class: 'ok' }, 'Không thấy lỗi nào.'));
  const fixable = findings.filter(f => f.fixable).length;
  const all = document.getElementById('fix-all');
  all.hidden = !fixable || !editable();
  all.textContent = 'Sửa tất cả (' + fixable + ')';
  blockIssue(errors);
  markProblems();
}

function editable() {
  return !stored || stored.actions.includes('edit');
}

/** The issue button stays off while the checker finds errors, and says why. */
function blockIssue(errors) {
  const button = document.getElementById('issue');
  const why = document.getElementById('issue-why');
  button.disabled = errors > 0;
  why.textContent = errors > 0 ? 'Chưa ban hành được: còn ' + errors + ' lỗi (xem khung Kiểm tra)' : '';
  why.hidden = errors === 0 || button.hidden;
}

/** One certain fix ("Sửa") or all of them ("Sửa tất cả"), made by the server's checker; then saved as any edit. */
async function applyFix(f) {
  const query = f ? '?rule=' + encodeURIComponent(f.ruleId) + '&path=' + encodeURIComponent(f.path) : '';
  const r = await api('POST', '/fix' + query, serialise());
  if (!r.ok) { banner(problemText(r.body), true); return; }
  model = r.body.invitation;
  changed();
  render();
  showFindings(r.body.findings, []);
  banner('Đã sửa: ' + r.body.applied.map(a => a.fix).join('; ') + '. Bấm Lưu để giữ bản đã sửa.');
  const target = f && find(targetOf(f));
  if (target) target.focus();
}

function markProblems() {
  formEl.querySelectorAll('.has-error').forEach(e => e.classList.remove('has-error'));
  for (const p of lastProblems) {
    const target = find(targetOf(p));
    if (target) target.classList.add('has-error');
  }
}

/** The input whose data-path is path, or the nearest enclosing part that has one. */
function find(path) {
  let p = path || '';
  while (p) {
    const hit = formEl.querySelector('[data-path="' + CSS.escape(p) + '"]');
    if (hit) {
      if (hit.matches('input, select, textarea')) return hit;
      return hit.querySelector('input, select, textarea') || hit;
    }
    const cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
    p = cut < 0 ? '' : p.slice(0, cut);
  }
  return null;
}

function jump(e) {
  e.preventDefault();
  const target = find(e.currentTarget.getAttribute('data-focus') || e.currentTarget.getAttribute('data-target'));
  if (!target) return;
  target.scrollIntoView({ block: 'center' });
  target.focus({ preventScroll: true });
  target.classList.remove('flash');
  void target.offsetWidth;
  target.classList.add('flash');
}

/** Shrinks the A4 page of the HTML preview to the panel's width, so the whole line is visible. */
function fitPreview() {
  const frame = document.getElementById('preview-frame');
  const root = frame.contentDocument && frame.contentDocument.documentElement;
  if (!root) return;
  root.style.zoom = '1';
  const needed = root.scrollWidth;
  const room = frame.clientWidth - 4;
  if (needed > room) root.style.zoom = String(room / needed);
  root.style.overflowX = 'hidden'; // rounding may leave a pixel or two over
}

// ---- saving, issuing, downloading -------------------------------------------------------------------------

function showSaved() {
  const s = document.getElementById('saved');
  if (!stored) { s.textContent = creating ? 'Đang lưu…' : 'Chưa lưu'; return; }
  s.textContent = dirty ? '● Chưa lưu' : 'Đã lưu bản ' + stored.version + ' lúc ' + new Date(stored.savedAt).toLocaleTimeString('vi-VN');
}

function banner(text, error) {
  const b = document.getElementById('banner');
  b.hidden = !text;
  b.textContent = text || '';
  b.classList.toggle('error', !!error);
}

/** Keeps what the page needs of a stored version; its steps are those its state and the user's roles allow. */
function remember(item) {
  stored = { id: item.id, version: item.version, status: item.status, savedAt: item.savedAt,
    actions: (item.actions || []).filter(allowed) };
}

/** Shows a stored version: its state, only the steps the state allows, its links to other documents. */
function accept(item) {
  remember(item);
  model = item.invitation;
  dirty = false;
  showHeader(item);
  showSaved();
  render();
}

/** The state, the steps it allows, the links to other documents and the downloads of a stored version. */
function showHeader(item) {
  const editable = stored.actions.includes('edit');
  document.getElementById('history').hidden = false;
  const numbered = item.status === 'issued' || item.status === 'revoked';
  document.getElementById('status').textContent = STATUS_LABEL[item.status] + (numbered ? ' · Số ' + model.number : '');
  document.body.classList.toggle('readonly', !editable);
  for (const b of document.querySelectorAll('header [data-action]')) b.hidden = !stored.actions.includes(b.dataset.action);
  if (item.status === 'issued') {
    banner('Giấy mời đã ban hành ngày ' + dateLineText(model) + ', số ' + model.number + ': đây là bản cố định. Sai sót được'
      + ' xử lý bằng văn bản đính chính, thay thế, hoãn, thay đổi hoặc hủy (chọn ở "Văn bản xử lý…"), hoặc nhân bản để soạn giấy mời mới.');
  } else if (item.status === 'revoked') {
    banner('Số ' + model.number + ' đã thu hồi: ' + item.reason + '. Số vẫn giữ trong sổ đăng ký và không cấp lại.', true);
  } else if (item.status === 'returned') {
    banner('Bị trả lại: ' + item.reason + '. Sửa rồi trình duyệt lại.', true);
  } else if (item.status === 'submitted' || item.status === 'approved') {
    banner(STATUS_LABEL[item.status] + ': không sửa được trong lúc chờ ' + (item.status === 'submitted' ? 'duyệt' : 'ban hành')
      + '; muốn sửa thì trả lại trước.');
  } else if (!editable && (item.actions || []).includes('edit')) {
    banner('Tài khoản của bạn không có vai trò chuyên viên soạn thảo nên chỉ xem được dự thảo này.');
  } else {
    banner('');
  }
  const links = document.getElementById('links');
  links.replaceChildren();
  if (item.follows) {
    links.append(el('span', {}, 'Văn bản ' + FOLLOW_UP_LABEL[item.follows.type] + ' cho ',
      el('a', { href: 'editor.html?id=' + item.follows.id }, 'số ' + item.follows.number), '. '));
  }
  if (item.supersededBy) {
    links.append(el('span', {}, 'Đã có văn bản ' + FOLLOW_UP_LABEL[item.supersededBy.type] + ': ',
      el('a', { href: 'editor.html?id=' + item.supersededBy.id }, 'số ' + item.supersededBy.number), '.'));
  }
  links.hidden = !links.childElementCount;
  for (const a of document.querySelectorAll('a.download')) {
    const f = a.dataset.format;
    a.href = API + '/invitations/' + item.id + '/document?format=' + f;
    const available = formats.includes(f);
    a.classList.toggle('disabled', !available);
    a.title = available ? 'Tải bản đã lưu dạng ' + f.toUpperCase() : 'Máy chủ này chưa có định dạng ' + f.toUpperCase();
    a.hidden = false;
  }
}

/** The If-Match header naming the version this page shows. */
function ifMatch() {
  return { 'If-Match': '"' + stored.version + '"' };
}

/**
 * Saves a new version. On failure the form keeps everything typed, stays marked unsaved and the banner says why;
 * input problems are listed with links to their fields. Edits made while the save was on its way are kept too.
 */
async function save(overwrite) {
  if (!stored) return create();
  if (!stored.actions.includes('edit')) return true;
  const sentAt = edits;
  const r = await api('PUT', '/invitations/' + stored.id, serialise(), undefined,
    overwrite ? { 'If-Match': '"' + overwrite + '"' } : ifMatch());
  if (r.status === 412) { // someone saved in between: nothing was lost, the text typed here stays on the page
    const b = document.getElementById('banner');
    banner('Người khác vừa lưu bản ' + r.body.currentVersion + ' trong lúc bạn soạn; nội dung của bạn chưa được lưu và'
      + ' vẫn còn nguyên trên trang. ', true);
    b.append(el('a', { href: 'editor.html?id=' + stored.id, target: '_blank', rel: 'noopener' }, 'Xem bản của họ'), ' · ',
      el('button', { type: 'button', class: 'small', id: 'overwrite', onclick: () => save(r.body.currentVersion) },
        'Lưu bản của tôi đè lên bản ' + r.body.currentVersion));
    return false;
  }
  if (!r.ok) {
    const problems = r.body && Array.isArray(r.body.problems) ? r.body.problems : [];
    const why = problems.length
      ? 'lỗi nhập: ' + problems.slice(0, 3).map(p => p.message).join('; ')
        + (problems.length > 3 ? ' (và ' + (problems.length - 3) + ' lỗi khác)' : '')
        + '. Bấm vào lỗi trong khung Kiểm tra để tới ô cần sửa.'
      : problemText(r.body);
    banner('Chưa lưu được, nội dung đang soạn vẫn còn trên trang — ' + why, true);
    if (problems.length) showFindings([], problems);
    return false;
  }
  banner('');
  if (edits !== sentAt) { // typed during the save: keep the newer text, unsaved, on top of the saved version
    remember(r.body);
    showSaved();
    return true;
  }
  accept(r.body);
  return true;
}

let creating = null;

/** Saves a new draft the first time it is changed; later changes are saved as versions of it. */
function create() {
  if (creating) return creating;
  const sentAt = edits;
  creating = (async () => {
    const r = await api('POST', '/invitations', serialise());
    creating = null;
    if (!r.ok) {
      const problems = r.body && Array.isArray(r.body.problems) ? r.body.problems : [];
      banner('Chưa lưu được bản nháp, nội dung vẫn còn trên trang — ' + (problems.length
        ? problems.slice(0, 3).map(p => p.message).join('; ') : problemText(r.body)), true);
      return false;
    }
    history.replaceState(null, '', 'editor.html?id=' + r.body.id);
    document.getElementById('start-from').hidden = true;
    banner('');
    // the form stays as it is (no redraw under the clerk's caret); text typed meanwhile stays unsaved on top of it
    remember(r.body);
    dirty = edits !== sentAt;
    showHeader(r.body);
    showSaved();
    return true;
  })();
  return creating;
}

/** Opens a new, unsaved draft from the default source (the organisation profile once it has one, else the blank). */
async function startNew() {
  const source = DRAFT_SOURCES.find(s => s.default) || DRAFT_SOURCES[0];
  const select = document.getElementById('draft-source');
  select.replaceChildren(...DRAFT_SOURCES.map(s => el('option', { value: s.id }, s.label)));
  select.value = source.id;
  select.addEventListener('change', async () => {
    const chosen = await DRAFT_SOURCES.find(s => s.id === select.value).load();
    if (!chosen) { banner('Cơ quan chưa có hồ sơ dùng được; quản trị cơ quan cập nhật hồ sơ cơ quan.', true); return; }
    model = chosen;
    render();
    refresh();
  });
  const loaded = await source.load();
  if (!loaded) select.value = 'blank';
  model = loaded || blankInvitation();
  stored = null;
  document.getElementById('status').textContent = 'Dự thảo mới';
  for (const b of document.querySelectorAll('header [data-action]')) b.hidden = b.dataset.action !== 'edit';
  for (const a of document.querySelectorAll('a.download')) a.hidden = true;
  document.getElementById('start-from').hidden = false;
  showSaved();
  render();
  refresh();
  const earlier = document.getElementById('from-earlier');
  const r = await api('GET', '/invitations?size=50');
  if (r.ok) {
    for (const item of r.body.items) {
      earlier.append(el('option', { value: item.id }, (item.number || '') + ' · ' + (item.subject || '(chưa có trích yếu)').slice(0, 90)));
    }
  }
  earlier.addEventListener('change', async () => {
    if (!earlier.value) return;
    const d = await api('POST', '/invitations/' + earlier.value + '/duplicate');
    if (d.ok) location.href = 'editor.html?id=' + d.body.id; else banner(problemText(d.body), true);
  });
}

/** Takes a lifecycle step (submit, approve, return, revoke) on the version shown. */
async function step(name, body) {
  if (dirty && !(await save())) return null;
  const r = await api('POST', '/invitations/' + stored.id + '/' + name, body, undefined, ifMatch());
  if (!r.ok) { banner(problemText(r.body), true); return r; }
  accept(r.body);
  scheduleRefresh();
  return r;
}

/** Asks for a reason in a dialog; resolves to the text, or null when cancelled. */
function askReason(title) {
  const dialog = document.getElementById('reason-dialog');
  const text = document.getElementById('reason-text');
  document.getElementById('reason-title').textContent = title;
  document.getElementById('reason-error').textContent = '';
  text.value = '';
  dialog.showModal();
  text.focus();
  return new Promise(resolve => {
    const done = value => { dialog.close(); confirm.onclick = null; cancel.onclick = null; resolve(value); };
    const confirm = document.getElementById('reason-confirm');
    const cancel = document.getElementById('reason-cancel');
    confirm.onclick = () => {
      if (!text.value.trim()) { document.getElementById('reason-error').textContent = 'Cần ghi lý do.'; return; }
      done(text.value.trim());
    };
    cancel.onclick = () => done(null);
  });
}

async function returnToDrafter() {
  const reason = await askReason('Trả lại cho người soạn');
  if (reason) await step('return', { reason });
}

async function revoke() {
  const reason = await askReason('Thu hồi số ' + model.number + ' (số vẫn giữ trong sổ, không cấp lại)');
  if (reason) await step('revoke', { reason });
}

/** The issue dialog: the number the register will give, the date, and the findings that would block it. */
const issueDate = vnDateInput({ id: 'issue-date', required: true }, '', () => previewIssue());
document.getElementById('issue-date-slot').append(issueDate);

async function previewIssue() {
  const dateInput = document.getElementById('issue-date');
  const date = vnToIso(dateInput.value);
  if (date === null) return; // said next to the field
  const r = await api('GET', '/invitations/' + stored.id + '/issue-preview' + (date ? '?date=' + date : ''));
  const verdict = document.getElementById('issue-verdict');
  const list = document.getElementById('issue-findings');
  list.replaceChildren();
  if (!r.ok) { verdict.textContent = problemText(r.body); return; }
  if (!date) dateInput.value = isoToVn(r.body.date); // the server's today, in Vietnam
  document.getElementById('issue-number').textContent = r.body.number;
  const errors = r.body.findings.filter(f => f.severity === 'error');
  verdict.textContent = errors.length ? 'Còn ' + errors.length + ' lỗi phải sửa trước khi ban hành:' : 'Không còn lỗi; có thể ban hành.';
  verdict.classList.toggle('error', errors.length > 0);
  for (const f of errors) list.append(el('li', { class: 'error' }, f.message + ' (' + f.basis + ')'));
  document.getElementById('issue-confirm').disabled = errors.length > 0;
}

async function issue() {
  if (dirty && !(await save())) return;
  document.getElementById('issue-date').value = '';
  document.getElementById('issue-number').textContent = '…';
  document.getElementById('issue-confirm').disabled = true;
  document.getElementById('issue-dialog').showModal();
  await previewIssue();
}

async function confirmIssue() {
  const date = vnToIso(document.getElementById('issue-date').value);
  const r = await api('POST', '/invitations/' + stored.id + '/issue', date ? { date } : undefined, undefined, ifMatch());
  document.getElementById('issue-dialog').close();
  if (r.status === 422) {
    banner(problemText(r.body), true);
    showFindings(r.body.findings || [], []);
    return;
  }
  if (!r.ok) { banner(problemText(r.body), true); return; }
  accept(r.body);
  scheduleRefresh();
}

async function followUp(e) {
  const type = e.target.value;
  e.target.value = '';
  if (!type) return;
  const r = await api('POST', '/invitations/' + stored.id + '/follow-ups', { type });
  if (r.ok) location.href = 'editor.html?id=' + r.body.id; else banner(problemText(r.body), true);
}

async function duplicate() {
  if (dirty && !(await save())) return;
  const r = await api('POST', '/invitations/' + stored.id + '/duplicate');
  if (r.ok) location.href = 'editor.html?id=' + r.body.id; else banner(problemText(r.body), true);
}

async function download(e) {
  if (!dirty) return; // the link downloads the saved version
  e.preventDefault();
  const href = e.currentTarget.href;
  if (await save()) location.href = href;
}

// ---- start ------------------------------------------------------------------------------------------------

async function start() {
  const fresh = !id && params.has('new');
  if (!id && !fresh) { banner('Thiếu mã giấy mời trong địa chỉ (editor.html?id=…). Quay lại danh sách để mở hoặc soạn mới.', true); return; }
  const [f] = await Promise.all([api('GET', '/formats'), loadChoices()]);
  if (f.ok) formats = f.body.formats.map(x => x.name);
  previewFormat = formats.includes('html') ? 'html' : 'txt';
  document.getElementById(previewFormat === 'html' ? 'preview-frame' : 'preview-text').hidden = false;
  document.getElementById('preview-format').textContent = previewFormat.toUpperCase();
  if (fresh) { await startNew(); return; }
  const r = await api('GET', '/invitations/' + encodeURIComponent(id));
  if (!r.ok) { banner(problemText(r.body), true); document.getElementById('status').textContent = 'Không mở được'; return; }
  accept(r.body);
  refresh();
}

formEl.addEventListener('submit', e => e.preventDefault()); // Enter in a field must not reload the page
document.getElementById('preview-frame').addEventListener('load', fitPreview);
window.addEventListener('resize', fitPreview);
document.getElementById('save').addEventListener('click', () => save());
document.getElementById('fix-all').addEventListener('click', () => applyFix(null));
document.getElementById('submit').addEventListener('click', () => step('submit'));
document.getElementById('approve').addEventListener('click', () => step('approve'));
document.getElementById('return').addEventListener('click', returnToDrafter);
document.getElementById('revoke').addEventListener('click', revoke);
document.getElementById('issue').addEventListener('click', issue);
document.getElementById('issue-confirm').addEventListener('click', confirmIssue);
document.getElementById('issue-cancel').addEventListener('click', () => document.getElementById('issue-dialog').close());
document.getElementById('follow-up').addEventListener('change', followUp);
document.getElementById('duplicate').addEventListener('click', duplicate);
document.querySelectorAll('a.download').forEach(a => a.addEventListener('click', download));
document.addEventListener('keydown', e => { if ((e.ctrlKey || e.metaKey) && e.key === 's') { e.preventDefault(); save(); } });
window.addEventListener('beforeunload', e => { if (dirty) { e.preventDefault(); e.returnValue = ''; } });
start();
