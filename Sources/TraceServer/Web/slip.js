// The shopper's slip page: reads the signed sale from the address's fragment, checks it against the regulator's
// trust bundle with WebCrypto (Ed25519; a sale of a sealed batch through its inclusion path to the batch's signed
// head), and shows the verdict; online it also asks the hub for the trace and the recall status. No network is
// needed for the verdict once the page and the bundle are cached (slip-sw.js).

import { zlibLevel9 } from './slip-deflate.js';

const TEXT = {
  zh: {
    title: '溯源小票核验', genuine: '真', fake: '假', unknown: '无法核验', checking: '正在核验…',
    genuineWhy: '签名有效：这张小票由登记在册的摊位签发，内容未被改动。',
    product: '品名', quantity: '数量', unitPrice: '单价', amount: '金额', stall: '摊位', market: '市场',
    soldAt: '时间', slip: '追溯码', batch: '批次', farm: '产地', slaughterhouse: '屠宰厂',
    quarantine: '检疫证明', inspection: '肉品品质检验', test: '检测', trace: '溯源链', offline: '离线：溯源信息与召回状态需联网查询。',
    recalled: '召回：此批次已被召回，请勿食用，可凭小票退货。', voided: '此笔交易已被摊位作废。',
    sm2: '此小票使用国密 SM2 签名，浏览器无法核验，已由溯源平台核验。', sm2Offline: '此小票使用国密 SM2 签名，需联网由溯源平台核验。',
    bundleAge: '信任清单签发于', verifyMs: '核验用时', lang: 'English', noSlip: '地址中没有小票内容。',
    noBundle: '没有可用的信任清单（首次使用需联网）。', bundleExpired: '信任清单已过期，请联网更新。',
    bundleBad: '信任清单签名无效。', malformed: '小票内容无法读取', altered: '小票内容被改动（记录编号不符）。',
    unknownIssuer: '签发者未登记：', unknownKey: '签名密钥未登记：', badSignature: '签名无效：不是该摊位的密钥所签。',
    revoked: '签名密钥已被吊销：', notStall: '签发者不是摊位：', amountMismatch: '金额与数量×单价不符。',
    noWebCrypto: '此浏览器不支持 Ed25519 核验。', hubDown: '溯源平台暂时无法访问。', none: '—', negative: '阴性', positive: '阳性',
    logged: (i, n) => `已记入公开日志（第 ${i} 条，共 ${n} 条）。`, logCosigned: '日志头经监管方联署：',
    logNotCosigned: '日志头尚无监管方联署。', logBad: '公开日志的证明无效：', logMissing: '尚未记入公开日志。',
    sealed: '封存批次', sealedAt: (i, n) => `第 ${i} 笔，共 ${n} 笔，由一个签名封存`,
    sealedWhy: '签名有效：这张小票是登记在册的摊位用一个签名封存的一批交易之一，其哈希路径通向签名的根，内容未被改动。',
    badSeal: '签名无效：这笔交易的哈希路径通向的封存头不是该摊位的密钥所签（路径、位置或签名被改动）。',
    oneEncoding: '字段不是其唯一的规范编码', oneContainer: '容器不是这些字段唯一的规范形式（较短时为 zlib 9 级压缩，否则不压缩）',
  },
  en: {
    title: 'Slip check', genuine: 'Genuine', fake: 'Not genuine', unknown: 'Cannot check', checking: 'Checking…',
    genuineWhy: 'Valid signature: a registered stall issued this slip and nothing on it was changed.',
    product: 'Product', quantity: 'Quantity', unitPrice: 'Unit price', amount: 'Amount', stall: 'Stall',
    market: 'Market', soldAt: 'Time', slip: 'Trace code', batch: 'Batch', farm: 'Origin farm',
    slaughterhouse: 'Slaughterhouse', quarantine: 'Quarantine certificate', inspection: 'Meat inspection',
    test: 'Test', trace: 'Trace', offline: 'Offline: the trace and recall status need a connection.',
    recalled: 'RECALLED: this batch is under recall. Do not eat it; return it with this slip.',
    voided: 'The stall voided this sale.',
    sm2: 'This slip is signed with SM2, which browsers cannot check; the hub checked it.',
    sm2Offline: 'This slip is signed with SM2: connect so that the hub can check it.',
    bundleAge: 'Trust bundle issued', verifyMs: 'Checked in', lang: '中文', noSlip: 'The address carries no slip.',
    noBundle: 'No trust bundle is available (the first visit needs a connection).',
    bundleExpired: 'The trust bundle has expired: connect to refresh it.', bundleBad: 'The trust bundle\'s signature is invalid.',
    malformed: 'The slip cannot be read', altered: 'The slip was changed (its record id does not match).',
    unknownIssuer: 'Issuer not registered: ', unknownKey: 'Signing key not registered: ',
    badSignature: 'Invalid signature: not signed by this stall\'s key.', revoked: 'Signing key revoked: ',
    notStall: 'The issuer is not a stall: ', amountMismatch: 'The amount is not quantity × unit price.',
    noWebCrypto: 'This browser cannot check Ed25519 signatures.', hubDown: 'The hub cannot be reached.', none: '—',
    negative: 'negative', positive: 'positive',
    logged: (i, n) => `In the public log (leaf ${i} of ${n}).`, logCosigned: 'Tree head co-signed by ',
    logNotCosigned: 'No regulator has co-signed the tree head yet.', logBad: 'The public log\'s proof is invalid: ',
    logMissing: 'Not yet in the public log.',
    sealed: 'Sealed batch', sealedAt: (i, n) => `sale ${i} of ${n}, sealed by one signature`,
    sealedWhy: 'Valid signature: a registered stall sealed this sale in a batch with one signature; its hash path ' +
      'leads to the signed root and nothing on it was changed.',
    badSeal: 'Invalid signature: the sealed head this sale\'s hash path leads to is not signed by this stall\'s key ' +
      '(the path, the leaf or the signature was changed).',
    oneEncoding: 'the fields are not in their one canonical encoding',
    oneContainer: 'not the one container of these fields (zlib at level 9 when that is shorter, else plain)',
  },
};
const params = new URLSearchParams(location.search);
let lang = params.get('lang') === 'en' || (params.get('lang') !== 'zh' && localStorage.getItem('lang') === 'en') ? 'en' : 'zh';
const t = (key) => TEXT[lang][key];

class Refusal extends Error {
  constructor(verdict, reason) { super(reason); this.verdict = verdict; }
}
const fake = (reason) => new Refusal('fake', reason);
const cannot = (reason) => new Refusal('unknown', reason);

// The fragment: `1` then the payload container in decimal groups, 7 bytes to 17 digits (SlipLink.swift).
const GROUP_DIGITS = [0, 3, 5, 8, 10, 13, 15];
export function containerFromFragment(fragment) {
  if (fragment[0] !== '1') throw fake(`${t('malformed')}: version ${fragment[0] || ''}`);
  const digits = fragment.slice(1);
  if (!/^[0-9]*$/.test(digits)) throw fake(`${t('malformed')}: not digits`);
  const last = GROUP_DIGITS.indexOf(digits.length % 17);
  if (last < 0) throw fake(`${t('malformed')}: ${digits.length} digits`);
  const bytes = [];
  for (let start = 0; start < digits.length; start += 17) {
    const width = Math.min(17, digits.length - start);
    const count = width === 17 ? 7 : last;
    let value = BigInt(digits.slice(start, start + width));
    if (value >> BigInt(8 * count) !== 0n) throw fake(`${t('malformed')}: group at ${start}`);
    for (let i = count - 1; i >= 0; i--) bytes.push(Number((value >> BigInt(8 * i)) & 0xffn));
  }
  return new Uint8Array(bytes);
}

async function inflate(bytes) {
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

// Reads the payload fields (PayloadFields.swift) and rebuilds the signed record's canonical JSON (RFC 8785; a
// first record carries "prev": null).
const UNITS = ['kg', 'g', 't', 'head', 'piece', 'box', 'L'];
const MARKET_UNITS = ['斤', '两'];
const DAMM = ['0317598642', '7092154863', '4206871359', '1750983426', '6123045978', '3674209581', '5869720134',
  '8945362017', '9438617205', '2581436790'].map((row) => [...row].map(Number));
const hex = (bytes) => [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');

function reader(bytes) {
  let index = 0;
  const need = (n, field) => { if (index + n > bytes.length) throw fake(`${t('malformed')}: ${field}`); };
  const r = {
    byte(field) { need(1, field); return bytes[index++]; },
    raw(n, field) { need(n, field); index += n; return bytes.slice(index - n, index); },
    // An unsigned LEB128 that fits in 64 bits (PayloadReader.varint: at most ten bytes, the tenth 0 or 1).
    varint(field) {
      let value = 0n, shift = 0n;
      for (;;) {
        const b = r.byte(field);
        if (shift >= 64n || (shift === 63n && b > 1)) throw fake(`${t('malformed')}: ${field}`);
        value |= BigInt(b & 0x7f) << shift;
        if (!(b & 0x80)) return value;
        shift += 7n;
      }
    },
    text(field) { const n = r.byte(field); return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(r.raw(n, field)); },
    uint64(field) { return r.raw(8, field).reduce((v, b) => (v << 8n) | BigInt(b), 0n); },
    get remaining() { return bytes.length - index; },
  };
  return r;
}

const MAXIMUM_MICROS = 999999999999999999n;
function decimal(packed, field) {
  if ((packed & 7n) > 6n) throw fake(`${t('malformed')}: ${field}`);
  let micros = packed >> 3n;
  for (let k = 0n; k < (packed & 7n); k++) micros *= 10n;
  if (micros > MAXIMUM_MICROS) throw fake(`${t('malformed')}: ${field}`);
  return micros;
}
// `m × 8 + k` for m × 10^k millionths, k as large as possible (≤ 6): the one packing PayloadFields.decimal writes.
function packDecimal(micros) {
  let [mantissa, exponent] = [micros, 0n];
  while (mantissa !== 0n && mantissa % 10n === 0n && exponent < 6n) { mantissa /= 10n; exponent++; }
  return (mantissa << 3n) | exponent;
}
export function amountText(micros) {
  const whole = micros / 1000000n;
  let fraction = (micros % 1000000n).toString().padStart(6, '0').replace(/0+$/, '');
  return fraction ? `${whole}.${fraction}` : `${whole}`;
}
function traceCode(number, field) {
  if (number >= 10n ** 19n) throw fake(`${t('malformed')}: ${field}`);
  const payload = number.toString().padStart(19, '0');
  let interim = 0;
  for (const d of payload) interim = DAMM[interim][Number(d)];
  return payload + interim;
}
const two = (n) => String(n).padStart(2, '0');
function timeText(millis, offsetMinutes) {
  const local = new Date(millis + offsetMinutes * 60000);
  let text = `${local.getUTCFullYear()}-${two(local.getUTCMonth() + 1)}-${two(local.getUTCDate())}T` +
    `${two(local.getUTCHours())}:${two(local.getUTCMinutes())}:${two(local.getUTCSeconds())}`;
  const ms = ((millis % 1000) + 1000) % 1000;
  if (ms) text += '.' + String(ms).padStart(3, '0');
  if (offsetMinutes === 0) return text + 'Z';
  const m = Math.abs(offsetMinutes);
  return text + (offsetMinutes < 0 ? '-' : '+') + two(Math.floor(m / 60)) + ':' + two(m % 60);
}
// Timestamp.swift's parser: `YYYY-MM-DDTHH:MM:SS[.1-9 digits](Z|±HH:MM)`, a real date from 1970; the instant in
// milliseconds (fraction digits past three dropped) and the offset in minutes, or null.
const daysIn = (month, year) => (month === 2 ? ((year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28)
  : [4, 6, 9, 11].includes(month) ? 30 : 31);
export function parseTime(text) {
  const m = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)(?:\.(\d{1,9}))?(?:Z|([+-])(\d\d):(\d\d))$/.exec(text);
  if (!m) return null;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number);
  if (month < 1 || month > 12 || day < 1 || day > daysIn(month, year) || hour > 23 || minute > 59 || second > 59 ||
      year < 1970) return null;
  let offset = 0;
  if (m[8]) {
    if (Number(m[9]) > 23 || Number(m[10]) > 59) return null;
    offset = (m[8] === '-' ? -1 : 1) * (Number(m[9]) * 60 + Number(m[10]));
  }
  const ms = m[7] ? Number(m[7].slice(0, 3).padEnd(3, '0')) : 0;
  return { millis: Date.UTC(year, month - 1, day, hour, minute, second, ms) - offset * 60000, offset };
}

// Milliseconds since 1970 of an RFC 3339 time (fractions past milliseconds dropped, as Timestamp does).
export function epochMillis(text) {
  const m = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)(?:\.(\d+))?(Z|[+-]\d\d:\d\d)$/i.exec(text);
  if (!m) return NaN;
  const ms = m[7] ? Number(m[7].slice(0, 3).padEnd(3, '0')) : 0;
  let offset = 0;
  if (m[8].toUpperCase() !== 'Z') offset = (m[8][0] === '-' ? -1 : 1) * (Number(m[8].slice(1, 3)) * 60 + Number(m[8].slice(4)));
  return Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6], ms) - offset * 60000;
}

export function parseFields(bytes) {
  const r = reader(bytes);
  const flags = r.byte('flags');
  if (flags & ~0x7f) throw fake(`${t('malformed')}: flags`);
  const sale = { alg: flags & 1 ? 'sm2-sm3' : 'ed25519' };
  sale.issuer = r.text('issuer');
  if (!/^[A-Z][A-Z0-9-]{1,63}$/.test(sale.issuer)) throw fake(`${t('malformed')}: issuer`);
  sale.seq = r.varint('seq');
  if (sale.seq < 1n || sale.seq > 2n ** 53n) throw fake(`${t('malformed')}: seq`);
  if (flags & 2) sale.prev = 'sha256:' + hex(r.raw(32, 'prev'));
  if ((sale.seq === 1n) !== (sale.prev === undefined)) throw fake(`${t('malformed')}: prev`);
  const form = (flags >> 2) & 3;
  if (form === 2) {
    sale.at = r.text('at');
    if (!parseTime(sale.at)) throw fake(`${t('malformed')}: at`);
  } else if (form <= 1) {
    const zigzag = r.varint('at');
    const value = (zigzag >> 1n) ^ -(zigzag & 1n);
    const offsetByte = r.byte('at.offset');
    const quarters = offsetByte > 127 ? offsetByte - 256 : offsetByte;
    if (quarters < -95 || quarters > 95) throw fake(`${t('malformed')}: at.offset`);
    const millis = form === 0 ? value * 1000n : value;
    // Years 1970-9999 only, as in records (PayloadFields+Decode.swift).
    if (millis < -86400000n || millis > 253402300799999n) throw fake(`${t('malformed')}: at`);
    sale.at = timeText(Number(millis), quarters * 15);
    if (!parseTime(sale.at)) throw fake(`${t('malformed')}: at`);
  } else {
    throw fake(`${t('malformed')}: time form`);
  }
  sale.slip = traceCode(r.uint64('slip'), 'slip');
  sale.batch = traceCode(r.uint64('batch'), 'batch');
  sale.quantity = decimal(r.varint('quantity'), 'quantity');
  const unit = r.byte('quantity.unit');
  if (unit >= UNITS.length) throw fake(`${t('malformed')}: unit`);
  sale.unit = UNITS[unit];
  sale.unitPrice = decimal(r.varint('unitPrice'), 'unitPrice');
  sale.amount = decimal(r.varint('amount'), 'amount');
  if (flags & 32) {
    const market = r.byte('pricedIn');
    if (market < 1 || market > MARKET_UNITS.length) throw fake(`${t('malformed')}: pricedIn`);
    sale.pricedIn = MARKET_UNITS[market - 1];
  }
  sale.key = flags & 16 ? r.text('key') : 'k-' + hex(r.raw(8, 'key'));
  if (!sale.key) throw fake(`${t('malformed')}: key`);
  sale.signature = r.raw(64, 'signature');
  if (flags & 64) sale.seal = sealFields(r);
  sale.check = r.raw(8, 'id check');
  if (r.remaining !== 0) throw fake(`${t('malformed')}: trailing bytes`);
  // An SM2 signature's r and s are positive (SM2SignatureEncoding.derFromRaw); a sale's quantity too, in kg when
  // priced in a market unit (SellBody.validate).
  const zero = (part) => part.every((b) => b === 0);
  if (sale.alg === 'sm2-sm3' && (zero(sale.signature.slice(0, 32)) || zero(sale.signature.slice(32)))) {
    throw fake(`${t('malformed')}: signature`);
  }
  if (sale.quantity === 0n) throw fake(`${t('malformed')}: quantity`);
  if (sale.pricedIn && sale.unit !== 'kg') throw fake(`${t('malformed')}: pricedIn`);
  return sale;
}

// The one time form of PayloadFields.timeForm: whole seconds or milliseconds and a quarter-hour offset when writing
// that instant at that offset gives back the exact text, else the text itself.
function timeFields(at) {
  const time = parseTime(at);
  if (time.offset % 15 === 0 && timeText(time.millis, time.offset) === at) {
    const whole = time.millis % 1000 === 0;
    const value = BigInt(whole ? time.millis / 1000 : time.millis);
    return { form: whole ? 0 : 1, value, quarters: time.offset / 15 };
  }
  return { form: 2 };
}

// The fields PayloadFields.encode writes for `sale`: a payload is read only when its fields are these bytes.
export function encodeFields(sale) {
  const out = [];
  const varint = (value) => {
    while (value >= 0x80n) { out.push(Number(value & 0x7fn) | 0x80); value >>= 7n; }
    out.push(Number(value));
  };
  const text = (value) => { const bytes = utf8(value); out.push(bytes.length, ...bytes); };
  const uint64 = (value) => { for (let shift = 56n; shift >= 0n; shift -= 8n) out.push(Number((value >> shift) & 0xffn)); };
  const packedKey = /^k-[0-9a-f]{16}$/.test(sale.key);
  const time = timeFields(sale.at);
  const flags = (sale.alg === 'sm2-sm3' ? 1 : 0) | (sale.prev ? 2 : 0) | (time.form << 2) | (packedKey ? 0 : 16) |
    (sale.pricedIn ? 32 : 0) | (sale.seal ? 64 : 0);
  out.push(flags);
  text(sale.issuer);
  varint(sale.seq);
  if (sale.prev) out.push(...hashBytes(sale.prev));
  if (time.form === 2) text(sale.at);
  else { varint(time.value < 0n ? (-time.value << 1n) - 1n : time.value << 1n); out.push(time.quarters & 0xff); }
  uint64(BigInt(sale.slip.slice(0, 19)));
  uint64(BigInt(sale.batch.slice(0, 19)));
  varint(packDecimal(sale.quantity));
  out.push(UNITS.indexOf(sale.unit));
  varint(packDecimal(sale.unitPrice));
  varint(packDecimal(sale.amount));
  if (sale.pricedIn) out.push(MARKET_UNITS.indexOf(sale.pricedIn) + 1);
  if (packedKey) out.push(...hashBytes(sale.key.slice(2)));
  else text(sale.key);
  out.push(...sale.signature);
  if (sale.seal) {
    varint(BigInt(sale.seal.size));
    varint(BigInt(sale.seal.index));
    for (const hash of sale.seal.path) out.push(...hash);
  }
  out.push(...sale.check);
  return new Uint8Array(out);
}

// The one container of `fields` (SlipPayload.container): zlib at level 9 when that is shorter, else plain.
export function canonicalContainer(fields) {
  const compressed = zlibLevel9(fields);
  return compressed.length < fields.length ? Uint8Array.of(1, ...compressed) : Uint8Array.of(0, ...fields);
}

// A sealed sale's place in its batch (flag bit 6): size and leaf index as varints, then the leaf's inclusion path, as
// many hashes as RFC 9162 gives that leaf (Seal.swift); the root is not carried but computed.
const SEAL_MAXIMUM_SIZE = 1n << 16n;
function sealFields(r) {
  const size = r.varint('seal.size');
  const index = r.varint('seal.index');
  if (size < 1n || size > SEAL_MAXIMUM_SIZE) throw fake(`${t('malformed')}: seal.size`);
  if (index >= size) throw fake(`${t('malformed')}: seal.index`);
  const path = [];
  for (let n = pathLength(Number(index), Number(size)); n > 0; n--) path.push(r.raw(32, 'seal.path'));
  return { size: Number(size), index: Number(index), path };
}

// The number of hashes in the inclusion path of leaf `index` of `size` (RFC 9162 §2.1.3.1: one per split on the
// way down; a tree of n > 1 leaves has the largest power of two below n on its left).
export function pathLength(index, size) {
  let [m, n, length] = [index, size, 0];
  while (n > 1) {
    let k = 1;
    while (k * 2 < n) k *= 2;
    if (m < k) n = k; else { m -= k; n -= k; }
    length++;
  }
  return length;
}

export function canonicalJSON(sale) {
  const s = JSON.stringify;
  const body = `{"amount":${s(amountText(sale.amount))},"batch":${s(sale.batch)}` +
    (sale.pricedIn ? `,"pricedIn":${s(sale.pricedIn)}` : '') +
    `,"quantity":{"unit":${s(sale.unit)},"value":${s(amountText(sale.quantity))}},"slip":${s(sale.slip)}` +
    `,"unitPrice":${s(amountText(sale.unitPrice))}}`;
  return `{"at":${s(sale.at)},"body":${body},"issuer":${s(sale.issuer)},"kind":"sell"` +
    `,"prev":${sale.prev ? s(sale.prev) : 'null'},"seq":${sale.seq},"v":1}`;
}

// RFC 8785 for the bundle's JSON (strings, integers, arrays, objects): keys sorted by UTF-16 code units.
function canonical(value) {
  if (Array.isArray(value)) return '[' + value.map(canonical).join(',') + ']';
  if (value && typeof value === 'object') {
    return '{' + Object.keys(value).sort().map((k) => JSON.stringify(k) + ':' + canonical(value[k])).join(',') + '}';
  }
  return JSON.stringify(value);
}
const base64 = (text) => Uint8Array.from(atob(text.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0));
const utf8 = (text) => new TextEncoder().encode(text);

async function ed25519Verify(spki, signature, message) {
  const key = await crypto.subtle.importKey('spki', spki, { name: 'Ed25519' }, false, ['verify']);
  return crypto.subtle.verify({ name: 'Ed25519' }, key, signature, message);
}

async function loadBundle() {
  let bundle;
  try {
    const answer = await fetch('/s/bundle.json');
    if (!answer.ok) throw new Error(answer.status);
    bundle = await answer.json();
  } catch {
    throw cannot(t('noBundle'));
  }
  const { sig, ...unsigned } = bundle;
  const anchor = (bundle.anchors || []).find((a) => sig && a.key === sig.key);
  if (bundle.format !== 'foodtrace-trust-bundle' || bundle.v !== 2 || !anchor || anchor.alg !== 'ed25519' ||
      !(await ed25519Verify(base64(anchor.spki), base64(sig.value), utf8(canonical(unsigned))))) {
    throw cannot(t('bundleBad'));
  }
  if (epochMillis(bundle.expiresAt) <= Date.now()) throw cannot(t('bundleExpired'));
  return bundle;
}

// The checks of SlipVerifier.swift, in its order. Returns the sale and its stall; throws a Refusal.
// The payload decoding is SlipPayload.decode's, rule for rule: one record has one payload, and any other spelling of
// its fields or any other container of them is refused, as `foodtrace slip verify` refuses it.
const MAXIMUM_FIELDS = 4096;
export async function check(fragment, bundle) {
  const container = containerFromFragment(fragment);
  if (container.length === 0) throw fake(`${t('malformed')}: container`);
  let fields;
  if (container[0] === 0) fields = container.slice(1);
  else if (container[0] === 1) {
    try { fields = await inflate(container.slice(1)); } catch { throw fake(`${t('malformed')}: zlib`); }
    if (fields.length > MAXIMUM_FIELDS) throw fake(`${t('malformed')}: zlib`);
  } else throw fake(`${t('malformed')}: container ${container[0]}`);
  const sale = parseFields(fields);
  const signed = utf8(canonicalJSON(sale));
  const id = new Uint8Array(await crypto.subtle.digest('SHA-256', signed));
  if (hex(id.slice(0, 8)) !== hex(sale.check)) throw fake(t('altered'));
  if (hex(encodeFields(sale)) !== hex(fields)) throw fake(`${t('malformed')}: ${t('oneEncoding')}`);
  if (hex(canonicalContainer(fields)) !== hex(container)) throw fake(`${t('malformed')}: ${t('oneContainer')}`);
  sale.record = 'sha256:' + hex(id);
  const stall = bundle.parties.find((p) => p.id === sale.issuer);
  if (!stall) throw fake(t('unknownIssuer') + sale.issuer);
  const key = stall.keys.find((k) => k.id === sale.key);
  if (!key) throw fake(t('unknownKey') + sale.key);
  if (key.alg !== sale.alg) throw fake(t('badSignature'));
  if (sale.seal) {
    // The leaf is the record id's 32 bytes; its path leads to the root that the head the stall signed names.
    sale.seal.root = await merkleRoot(await sha256(Uint8Array.of(0), id), sale.seal.index, sale.seal.size, sale.seal.path);
    if (!sale.seal.root) throw fake(`${t('malformed')}: seal.path`);
  }
  if (sale.alg === 'sm2-sm3') {
    sale.sm2 = true;
  } else {
    const message = sale.seal ? sealHeadBytes(sale) : signed;
    let valid;
    try { valid = await ed25519Verify(base64(key.spki), sale.signature, message); } catch { throw cannot(t('noWebCrypto')); }
    if (!valid) throw fake(t(sale.seal ? 'badSeal' : 'badSignature'));
  }
  for (const revocation of stall.revocations || []) {
    if (revocation.key !== sale.key) continue;
    const late = revocation.lastSeq != null && sale.seq > BigInt(revocation.lastSeq);
    if (late || epochMillis(revocation.from) <= epochMillis(sale.at)) throw fake(t('revoked') + revocation.reason);
  }
  if (stall.role !== 'stall') throw fake(t('notStall') + stall.role);
  const exact = (sale.quantity * sale.unitPrice + 500000n) / 1000000n;
  const difference = sale.amount > exact ? sale.amount - exact : exact - sale.amount;
  if (difference >= 10000n) throw fake(t('amountMismatch'));
  sale.stall = stall;
  sale.market = bundle.parties.find((p) => p.id === stall.parent);
  return sale;
}

// ----- the transparency log: the slip's record among the hub's leaves, under a co-signed tree head -----
const b64url = (bytes) => btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
const hashBytes = (text) => Uint8Array.from((text.replace(/^sha256:/, '').match(/../g) || []).map((h) => parseInt(h, 16)));
async function sha256(...parts) {
  const all = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) { all.set(part, at); at += part.length; }
  return new Uint8Array(await crypto.subtle.digest('SHA-256', all));
}

// The record as the store keeps it and the log takes it as a leaf: the canonical JSON with `sig` before `v` (a
// sealed sale's `sig.seal` between `key` and `value`, its keys sorted).
export function recordLine(sale) {
  const s = JSON.stringify;
  const seal = sale.seal ? `"seal":{"index":${sale.seal.index},"path":${s(b64url(sale.seal.path.flatMap((p) => [...p])))}` +
    `,"root":${s('sha256:' + hex(sale.seal.root))},"size":${sale.seal.size}},` : '';
  const sig = `"sig":{"alg":${s(sale.alg)},"key":${s(sale.key)},${seal}"value":${s(b64url(sale.signature))}},`;
  return canonicalJSON(sale).slice(0, -'"v":1}'.length) + sig + '"v":1}';
}

// RFC 9162 §2.1.3.2 (MerkleVerify.swift): the root that `path` leads to from leaf `index`'s hash in a tree of
// `size` leaves, or null when the path has not that leaf's length.
export async function merkleRoot(leafHash, index, size, path) {
  let fn = BigInt(index);
  let sn = BigInt(size) - 1n;
  if (fn > sn) return null;
  let r = leafHash;
  for (const p of path) {
    if (sn === 0n) return null;
    if ((fn & 1n) === 1n || fn === sn) {
      r = await sha256(Uint8Array.of(1), p, r);
      if ((fn & 1n) === 0n) while ((fn & 1n) === 0n && fn !== 0n) { fn >>= 1n; sn >>= 1n; }
    } else {
      r = await sha256(Uint8Array.of(1), r, p);
    }
    fn >>= 1n;
    sn >>= 1n;
  }
  return sn === 0n ? r : null;
}

// Whether `path` leads from leaf `index`'s hash to `root` in a tree of `size` leaves.
export async function inclusionHolds(leafHash, index, size, path, root) {
  const computed = await merkleRoot(leafHash, index, size, path);
  return computed !== null && hex(computed) === hex(root);
}

// SealHead.swift's signed bytes: `foodtrace-seal/1\n` and the head's canonical JSON (issuer, root, size).
function sealHeadBytes(sale) {
  const head = { issuer: sale.issuer, root: 'sha256:' + hex(sale.seal.root), size: sale.seal.size };
  return new Uint8Array([...utf8('foodtrace-seal/1\n'), ...utf8(canonical(head))]);
}

// TreeHead.swift's signed bytes: the head without `sig`, keys sorted, no spaces.
const headBytes = (head) => { const { sig, ...unsigned } = head; return utf8(canonical(unsigned)); };
const sameKey = (anchor, key) => anchor.key === key.id && anchor.alg === key.alg &&
  hex(base64(anchor.spki)) === hex(base64(key.spki));

// Asks the hub for the record's inclusion proof and the head's co-signatures; checks the leaf (rebuilt from the
// slip), the path, the hub's signature on the head and each co-signature by a regulator key of the bundle.
export async function logCheck(sale, bundle, get = (path) => fetch(path, { cache: 'no-store' })) {
  const answer = await get('/log/proof/inclusion?record=' + sale.record);
  if (answer.status === 404) return { state: 'missing' };
  if (!answer.ok) throw new Error(answer.status);
  const proof = await answer.json();
  const leaf = await sha256(Uint8Array.of(0), utf8(recordLine(sale)));
  if (hex(leaf) !== hex(hashBytes(proof.leafHash))) return { state: 'bad', why: 'leaf' };
  const cosigned = await (await get('/log/heads/' + proof.size)).json();
  const head = cosigned.head;
  if (!head || String(head.size) !== String(proof.size)) return { state: 'bad', why: 'head' };
  if (!(await inclusionHolds(leaf, proof.index, proof.size, proof.path.map(hashBytes), hashBytes(head.root)))) {
    return { state: 'bad', why: 'path' };
  }
  const signed = headBytes(head);
  const prefix = utf8('foodtrace-tree-head/1\n');
  if (head.key.alg !== 'ed25519' ||
      !(await ed25519Verify(base64(head.key.spki), base64(head.sig), new Uint8Array([...prefix, ...signed])))) {
    return { state: 'bad', why: 'head signature' };
  }
  const witnesses = [];
  for (const c of cosigned.cosignatures || []) {
    const anchor = (bundle.anchors || []).find((a) => sameKey(a, c.key));
    if (!anchor || c.key.alg !== 'ed25519') continue;
    const message = new Uint8Array([...utf8(`foodtrace-tree-head-cosignature/1\n${c.timestamp}\n`), ...signed]);
    if (await ed25519Verify(base64(c.key.spki), base64(c.sig), message)) witnesses.push(anchor.party);
  }
  return { state: 'logged', index: proof.index, size: proof.size, witnesses };
}

function showLog(result) {
  const box = $('log');
  box.hidden = false;
  box.dataset.state = result.state;
  if (result.state === 'missing') { box.textContent = t('logMissing'); return; }
  if (result.state === 'bad') { box.textContent = t('logBad') + result.why; box.className = 'note bad'; return; }
  box.dataset.witnesses = result.witnesses.join(',');
  box.textContent = t('logged')(Number(result.index) + 1, result.size) +
    (result.witnesses.length ? ` ${t('logCosigned')}${result.witnesses.join(', ')}` : ` ${t('logNotCosigned')}`);
}

// ----- the page -----
const $ = (id) => document.getElementById(id);
function row(label, value, id) {
  const tr = document.createElement('tr');
  if (id) tr.id = id;
  const th = document.createElement('th');
  th.textContent = label;
  const td = document.createElement('td');
  td.textContent = value ?? t('none');
  tr.append(th, td);
  $('facts').append(tr);
}
function verdict(kind, reason) {
  const box = $('verdict');
  box.className = 'verdict ' + kind;
  box.dataset.verdict = kind;
  document.body.dataset.verdict = kind;
  $('word').textContent = t(kind === 'fake' ? 'fake' : kind);
  $('why').textContent = reason;
}
const money = (micros) => '¥' + (Number(micros) / 1e6).toFixed(2);

function showSale(sale) {
  $('facts').replaceChildren();
  row(t('quantity'), `${amountText(sale.quantity)} ${sale.unit}`, 'f-quantity');
  row(t('unitPrice'), `${money(sale.unitPrice)}/${sale.unit}`, 'f-price');
  row(t('amount'), money(sale.amount), 'f-amount');
  row(t('stall'), sale.stall.name, 'f-stall');
  row(t('market'), sale.market?.name, 'f-market');
  row(t('soldAt'), sale.at.replace('T', ' '), 'f-time');
  row(t('slip'), sale.slip.replace(/^(\d{6})(\d{3})(\d{6})(\d{4})(\d)$/, '$1 $2 $3 $4 $5'), 'f-slip');
  if (sale.seal) row(t('sealed'), t('sealedAt')(sale.seal.index + 1, sale.seal.size), 'f-sealed');
}

async function online(sale) {
  let status;
  try {
    const answer = await fetch('/s/status/' + sale.slip, { cache: 'no-store' });
    if (!answer.ok) throw new Error(answer.status);
    status = await answer.json();
  } catch {
    $('note').textContent = t('offline');
    return;
  }
  $('note').textContent = '';
  if (status.recalled) {
    const banner = $('recall');
    banner.hidden = false;
    banner.textContent = t('recalled') + ' ' + status.recalls.map((r) => `${r.notice}: ${r.reason}`).join('；');
  }
  if (status.voided) $('note').textContent = t('voided') + ' ' + status.voided.reason;
  const up = status.upstream || {};
  const facts = $('facts');
  const first = facts.firstChild;
  const product = document.createElement('tr');
  product.id = 'f-product';
  product.innerHTML = '<th></th><td></td>';
  product.firstChild.textContent = t('product');
  product.lastChild.textContent = status.product;
  facts.insertBefore(product, first);
  row(t('farm'), [up.originFarm, up.originPlace].filter(Boolean).join('，') || null, 'f-farm');
  if (up.slaughterhouse) row(t('slaughterhouse'), up.slaughterhouse, 'f-slaughterhouse');
  row(t('quarantine'), up.quarantineCertificate, 'f-quarantine');
  if (up.meatInspectionCertificate) row(t('inspection'), up.meatInspectionCertificate, 'f-inspection');
  if (up.lastTest) row(t('test'), `${up.lastTest.analyte} ${t(up.lastTest.result) || up.lastTest.result} ${up.lastTest.date.slice(0, 10)}`, 'f-test');
  const list = $('trace');
  list.replaceChildren();
  for (const hop of status.hops || []) {
    const li = document.createElement('li');
    li.textContent = `${hop.partyName} · ${hop.kind} · ${hop.at.replace('T', ' ').slice(0, 16)}`;
    if (hop.flags.length) { li.className = 'flagged'; li.title = hop.flags.join('; '); }
    list.append(li);
  }
  $('trace-box').hidden = !list.children.length;
}

async function hubCheck(fragment) {
  const answer = await fetch('/s/verify', { method: 'POST', body: `${location.origin}/s#${fragment}`, cache: 'no-store' });
  if (!answer.ok) throw new Error(answer.status);
  return answer.json();
}

async function main() {
  document.documentElement.lang = lang === 'en' ? 'en' : 'zh-CN';
  document.title = t('title');
  $('title').textContent = t('title');
  $('lang').textContent = t('lang');
  $('lang').onclick = () => { localStorage.setItem('lang', lang === 'en' ? 'zh' : 'en'); location.search = ''; };
  $('word').textContent = t('checking');
  const fragment = location.hash.slice(1);
  if (!fragment) return verdict('unknown', t('noSlip'));
  let started = performance.now();
  let sale;
  let bundle;
  try {
    bundle = await loadBundle();
    document.body.dataset.bundleMs = (performance.now() - started).toFixed(2);
    // The verification proper: decode, canonical JSON, SHA-256, Ed25519 and the bundle's rules.
    started = performance.now();
    sale = await check(fragment, bundle);
    $('bundle').textContent = `${t('bundleAge')} ${bundle.issuedAt.replace('T', ' ').slice(0, 16)}`;
  } catch (error) {
    document.body.dataset.verifyMs = (performance.now() - started).toFixed(2);
    return verdict(error instanceof Refusal ? error.verdict : 'unknown', error.message);
  }
  const elapsed = performance.now() - started;
  document.body.dataset.verifyMs = elapsed.toFixed(2);
  showSale(sale);
  if (sale.sm2) {
    try {
      const answer = await hubCheck(fragment);
      verdict(answer.genuine ? 'genuine' : 'fake', answer.genuine ? t('sm2') : answer.reason);
    } catch {
      verdict('unknown', t('sm2Offline'));
    }
  } else {
    verdict('genuine', t(sale.seal ? 'sealedWhy' : 'genuineWhy'));
    $('timing').textContent = `${t('verifyMs')} ${elapsed.toFixed(1)} ms`;
  }
  if (document.body.dataset.verdict !== 'fake') {
    await online(sale);
    if ($('note').textContent !== t('offline')) {
      try { showLog(await logCheck(sale, bundle)); } catch { /* no log on this hub, or offline */ }
    }
  }
  document.body.dataset.done = 'yes';
}

// Every visit also asks whether the hub serves another worker (its cache is named after the hub's files), so a phone
// that cached an older page gets the new one on its next visit online.
if ('serviceWorker' in navigator) {
  navigator.serviceWorker.register('/s/sw.js', { scope: '/s' }).then((r) => r.update()).catch(() => {});
}
main().finally(() => { document.body.dataset.done = 'yes'; });
