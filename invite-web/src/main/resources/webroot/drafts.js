'use strict';
/*
 * Nguồn soạn mới (where a new draft starts). The editor opened as editor.html?new shows the first source marked
 * default (else the blank) and saves nothing until the clerk changes something. Other parts of the product add
 * their own sources before editor.js runs — the organisation profile's, with its issuer, signer roster, directory
 * and default Nơi nhận:
 *
 *   (window.GIAYMOI_DRAFT_SOURCES = window.GIAYMOI_DRAFT_SOURCES || []).push(
 *     { id: 'profile', label: 'Theo hồ sơ cơ quan', default: true, load: async () => invitationInInputFormat });
 */
const DRAFT_SOURCES = window.GIAYMOI_DRAFT_SOURCES || (window.GIAYMOI_DRAFT_SOURCES = []);

/** A blank giấy mời that already reads: the meeting a week from today, the dotted parts for the clerk to write. */
function blankInvitation() {
  const week = new Date(Date.now() + 7 * 86400000);
  const iso = week.getFullYear() + '-' + String(week.getMonth() + 1).padStart(2, '0') + '-' + String(week.getDate()).padStart(2, '0');
  return {
    kind: 'giay-moi',
    issuer: { name: 'TÊN CƠ QUAN …', abbreviation: 'CQ', level: 'tinh' },
    number: '/GM-CQ', place: '…', date: { day: '', month: '', year: new Date().getFullYear() },
    subject: 'Dự họp …',
    body: [
      { marker: '1.', text: 'Thành phần:', points: [{ marker: '-', text: 'Đại diện lãnh đạo {units}.', invitee: { units: ['…'], representative: true } }] },
      { marker: '2.', text: 'Thời gian: {start}, {weekday}, ngày {date}.', session: { date: iso, start: '08:00' } },
      { marker: '3.', text: 'Địa điểm: {name}.', venue: { name: '…' } }],
    distribution: ['Như thành phần mời;', 'Lưu: VT.'],
    signature: { authority: [], title: '…', signer: '…' }
  };
}

DRAFT_SOURCES.push({ id: 'blank', label: 'Giấy mời trống', load: async () => blankInvitation() });

/*
 * Drafts from the organisation's profile (GET /api/v1/drafts/new): its issuer as named today, usual signer, ô 13
 * and default Nơi nhận. Without a profile (or with one refused) the load gives null and the editor starts blank.
 */
for (const [kind, label] of [['giay-moi', 'Giấy mời theo hồ sơ cơ quan'], ['cong-van', 'Công văn theo hồ sơ cơ quan']]) {
  DRAFT_SOURCES.push({
    id: 'profile-' + kind, label, default: kind === 'giay-moi',
    load: async () => {
      const r = await fetch('/api/v1/drafts/new?kind=' + kind, { headers: { Accept: 'application/json' } });
      return r.ok ? r.json() : null;
    }
  });
}
