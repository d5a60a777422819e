// zlib's compress2 at level 9 (RFC 1950 around RFC 1951), byte for byte as zlib 1.2-1.3 writes it, for inputs of up to
// 8 KiB. A slip's container is zlib's level-9 stream of its fields when that is shorter than the fields, else the
// fields plain, and `foodtrace slip verify` refuses any other (SlipPayload.swift): the page applies the same rule, so
// it must make the same bytes. Below 8 KiB zlib writes one block and never slides its window, which keeps this short:
// deflate.c's lazy matcher (deflate_slow, longest_match) and trees.c's block choice (stored, fixed or dynamic
// Huffman codes, built and length-limited as trees.c builds them).

const MIN_MATCH = 3;
const MAX_MATCH = 258;
const WINDOW = 32768;
const MAX_DIST = WINDOW - (MAX_MATCH + MIN_MATCH + 1);
const TOO_FAR = 4096;
// Level 9 of deflate.c's configuration table.
const GOOD_LENGTH = 32;
const MAX_LAZY = 258;
const NICE_LENGTH = 258;
const MAX_CHAIN = 4096;
/** The largest input compressed here (one block, no window slide). */
export const MAXIMUM_INPUT = 8192;

const LITERALS = 256;
const END_BLOCK = 256;
const L_CODES = 286;
const D_CODES = 30;
const BL_CODES = 19;
const MAX_BITS = 15;
const MAX_BL_BITS = 7;
const HEAP_SIZE = 2 * L_CODES + 1;
const REP_3_6 = 16;
const REPZ_3_10 = 17;
const REPZ_11_138 = 18;
const EXTRA_LBITS = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
const EXTRA_DBITS = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13];
const EXTRA_BLBITS = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 3, 7];
const BL_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

// trees.c's tr_static_init: length and distance codes, and the fixed Huffman codes.
const LENGTH_CODE = new Uint8Array(256);
const BASE_LENGTH = new Int32Array(29);
const DIST_CODE = new Uint8Array(512);
const BASE_DIST = new Int32Array(D_CODES);
{
  let length = 0;
  let code = 0;
  for (; code < 28; code++) {
    BASE_LENGTH[code] = length;
    for (let n = 0; n < 1 << EXTRA_LBITS[code]; n++) LENGTH_CODE[length++] = code;
  }
  LENGTH_CODE[length - 1] = code;
  let dist = 0;
  for (code = 0; code < 16; code++) {
    BASE_DIST[code] = dist;
    for (let n = 0; n < 1 << EXTRA_DBITS[code]; n++) DIST_CODE[dist++] = code;
  }
  dist >>= 7;
  for (; code < D_CODES; code++) {
    BASE_DIST[code] = dist << 7;
    for (let n = 0; n < 1 << (EXTRA_DBITS[code] - 7); n++) DIST_CODE[256 + dist++] = code;
  }
}
const distanceCode = (dist) => (dist < 256 ? DIST_CODE[dist] : DIST_CODE[256 + (dist >> 7)]);

function reverse(code, length) {
  let result = 0;
  for (let i = 0; i < length; i++) { result = (result << 1) | (code & 1); code >>= 1; }
  return result;
}

// gen_codes: canonical codes from bit lengths, bit-reversed for the LSB-first stream.
function codesFor(len, maxCode, blCount) {
  const next = new Int32Array(MAX_BITS + 1);
  let code = 0;
  for (let bits = 1; bits <= MAX_BITS; bits++) { code = (code + blCount[bits - 1]) << 1; next[bits] = code; }
  const codes = new Int32Array(len.length);
  for (let n = 0; n <= maxCode; n++) if (len[n] !== 0) codes[n] = reverse(next[len[n]]++, len[n]);
  return codes;
}

const STATIC_LTREE_LEN = new Int32Array(L_CODES + 2).map((_, n) => (n < 144 ? 8 : n < 256 ? 9 : n < 280 ? 7 : 8));
const STATIC_LTREE_CODE = codesFor(STATIC_LTREE_LEN, L_CODES + 1, [0, 0, 0, 0, 0, 0, 0, 24, 152, 112, 0, 0, 0, 0, 0, 0]);
const STATIC_DTREE_LEN = new Int32Array(D_CODES).fill(5);
const STATIC_DTREE_CODE = new Int32Array(D_CODES).map((_, n) => reverse(n, 5));

class Bits {
  constructor() { this.bytes = []; this.buffer = 0; this.count = 0; }
  send(value, length) {
    this.buffer |= value << this.count;
    this.count += length;
    while (this.count >= 8) { this.bytes.push(this.buffer & 0xff); this.buffer >>>= 8; this.count -= 8; }
  }
  windup() {
    if (this.count > 0) this.bytes.push(this.buffer & 0xff);
    this.buffer = 0;
    this.count = 0;
  }
}

// One Huffman tree of trees.c (freq, len, code, dad per node: leaves first, then the inner nodes).
function tree(elems, extra, base, maxLength, staticLen) {
  return {
    freq: new Int32Array(HEAP_SIZE), len: new Int32Array(HEAP_SIZE + 1), code: null, dad: new Int32Array(HEAP_SIZE),
    elems, extra, base, maxLength, staticLen, maxCode: 0,
  };
}

class Trees {
  constructor() {
    this.heap = new Int32Array(HEAP_SIZE);
    this.depth = new Int32Array(HEAP_SIZE);
    this.blCount = new Int32Array(MAX_BITS + 1);
    this.optLen = 0;
    this.staticLen = 0;
  }

  smaller(t, n, m) {
    return t.freq[n] < t.freq[m] || (t.freq[n] === t.freq[m] && this.depth[n] <= this.depth[m]);
  }

  downheap(t, k) {
    const heap = this.heap;
    const v = heap[k];
    let j = k << 1;
    while (j <= this.heapLen) {
      if (j < this.heapLen && this.smaller(t, heap[j + 1], heap[j])) j++;
      if (this.smaller(t, v, heap[j])) break;
      heap[k] = heap[j];
      k = j;
      j <<= 1;
    }
    heap[k] = v;
  }

  // build_tree: the Huffman tree of `t`'s frequencies, its lengths limited by gen_bitlen, its codes.
  build(t) {
    const heap = this.heap;
    this.heapLen = 0;
    this.heapMax = HEAP_SIZE;
    let maxCode = -1;
    for (let n = 0; n < t.elems; n++) {
      if (t.freq[n] !== 0) { heap[++this.heapLen] = maxCode = n; this.depth[n] = 0; } else t.len[n] = 0;
    }
    // At least two codes of non-zero frequency, as the format needs.
    while (this.heapLen < 2) {
      const node = (heap[++this.heapLen] = maxCode < 2 ? ++maxCode : 0);
      t.freq[node] = 1;
      this.depth[node] = 0;
      this.optLen--;
      if (t.staticLen) this.staticLen -= t.staticLen[node];
    }
    t.maxCode = maxCode;
    for (let n = this.heapLen >> 1; n >= 1; n--) this.downheap(t, n);
    let node = t.elems;
    do {
      const n = heap[1];
      heap[1] = heap[this.heapLen--];
      this.downheap(t, 1);
      const m = heap[1];
      heap[--this.heapMax] = n;
      heap[--this.heapMax] = m;
      t.freq[node] = t.freq[n] + t.freq[m];
      this.depth[node] = (this.depth[n] >= this.depth[m] ? this.depth[n] : this.depth[m]) + 1;
      t.dad[n] = t.dad[m] = node;
      heap[1] = node++;
      this.downheap(t, 1);
    } while (this.heapLen >= 2);
    heap[--this.heapMax] = heap[1];
    this.bitLengths(t);
    t.code = codesFor(t.len, maxCode, this.blCount);
  }

  // gen_bitlen: lengths from the tree, the longest cut to maxLength as zlib cuts them; counts opt_len, static_len.
  bitLengths(t) {
    const heap = this.heap;
    const blCount = this.blCount.fill(0);
    let overflow = 0;
    t.len[heap[this.heapMax]] = 0;
    let h;
    for (h = this.heapMax + 1; h < HEAP_SIZE; h++) {
      const n = heap[h];
      let bits = t.len[t.dad[n]] + 1;
      if (bits > t.maxLength) { bits = t.maxLength; overflow++; }
      t.len[n] = bits;
      if (n > t.maxCode) continue;
      blCount[bits]++;
      const xbits = n >= t.base ? t.extra[n - t.base] : 0;
      const f = t.freq[n];
      this.optLen += f * (bits + xbits);
      if (t.staticLen) this.staticLen += f * (t.staticLen[n] + xbits);
    }
    if (overflow === 0) return;
    do {
      let bits = t.maxLength - 1;
      while (blCount[bits] === 0) bits--;
      blCount[bits]--;
      blCount[bits + 1] += 2;
      blCount[t.maxLength]--;
      overflow -= 2;
    } while (overflow > 0);
    for (let bits = t.maxLength; bits !== 0; bits--) {
      let n = blCount[bits];
      while (n !== 0) {
        const m = heap[--h];
        if (m > t.maxCode) continue;
        if (t.len[m] !== bits) { this.optLen += (bits - t.len[m]) * t.freq[m]; t.len[m] = bits; }
        n--;
      }
    }
  }
}

// scan_tree and send_tree: the run-length coding of a tree's code lengths, counted (`emit` null) or sent.
function walkLengths(t, maxCode, count, emit) {
  let prevlen = -1;
  let nextlen = t.len[0];
  let run = 0;
  let maxCount = 7;
  let minCount = 4;
  if (nextlen === 0) { maxCount = 138; minCount = 3; }
  t.len[maxCode + 1] = 0xffff;
  for (let n = 0; n <= maxCode; n++) {
    const curlen = nextlen;
    nextlen = t.len[n + 1];
    if (++run < maxCount && curlen === nextlen) continue;
    if (run < minCount) {
      if (emit) {
        do emit(curlen); while (--run !== 0);
      } else {
        count[curlen] += run;
      }
    } else if (curlen !== 0) {
      if (emit) {
        if (curlen !== prevlen) { emit(curlen); run--; }
        emit(REP_3_6, run - 3, 2);
      } else {
        if (curlen !== prevlen) count[curlen]++;
        count[REP_3_6]++;
      }
    } else if (run <= 10) {
      if (emit) emit(REPZ_3_10, run - 3, 3); else count[REPZ_3_10]++;
    } else if (emit) emit(REPZ_11_138, run - 11, 7);
    else count[REPZ_11_138]++;
    run = 0;
    prevlen = curlen;
    if (nextlen === 0) { maxCount = 138; minCount = 3; } else if (curlen === nextlen) { maxCount = 6; minCount = 3; } else {
      maxCount = 7;
      minCount = 4;
    }
  }
}

// deflate.c's deflate_slow at level 9 over the whole input: literals and (distance, length) matches.
function matches(input) {
  const n = input.length;
  const w = new Uint8Array(n + 2 * MAX_MATCH);
  w.set(input);
  const head = new Int32Array(1 << 15);
  const prev = new Int32Array(n + 1);
  const symbols = [];
  let strstart = 0;
  let lookahead = n;
  let matchStart = 0;
  let prevLength = MIN_MATCH - 1;
  let matchLength = MIN_MATCH - 1;
  let prevMatch = 0;
  let available = false;
  // UPDATE_HASH three times: hash_bits 15, hash_shift 5 (memLevel 8).
  const insert = (at) => {
    const h = ((w[at] << 10) ^ (w[at + 1] << 5) ^ w[at + 2]) & 0x7fff;
    const previous = head[h];
    prev[at] = previous;
    head[h] = at;
    return previous;
  };
  const longestMatch = (current) => {
    let chain = MAX_CHAIN;
    let best = prevLength;
    let nice = NICE_LENGTH;
    const limit = strstart > MAX_DIST ? strstart - MAX_DIST : 0;
    if (prevLength >= GOOD_LENGTH) chain >>= 2;
    if (nice > lookahead) nice = lookahead;
    do {
      const m = current;
      if (w[m + best] !== w[strstart + best] || w[m + best - 1] !== w[strstart + best - 1] || w[m] !== w[strstart] ||
          w[m + 1] !== w[strstart + 1]) continue;
      // The third byte is equal when the hashes and the first two are (zlib does not compare it either).
      let length = 3;
      while (length < MAX_MATCH && w[strstart + length] === w[m + length]) length++;
      if (length > best) {
        matchStart = current;
        best = length;
        if (length >= nice) break;
      }
    } while ((current = prev[current]) > limit && --chain !== 0);
    return best <= lookahead ? best : lookahead;
  };
  while (lookahead > 0) {
    let hashHead = 0;
    if (lookahead >= MIN_MATCH) hashHead = insert(strstart);
    prevLength = matchLength;
    prevMatch = matchStart;
    matchLength = MIN_MATCH - 1;
    if (hashHead !== 0 && prevLength < MAX_LAZY && strstart - hashHead <= MAX_DIST) {
      matchLength = longestMatch(hashHead);
      if (matchLength === MIN_MATCH && strstart - matchStart > TOO_FAR) matchLength = MIN_MATCH - 1;
    }
    if (prevLength >= MIN_MATCH && matchLength <= prevLength) {
      const maxInsert = strstart + lookahead - MIN_MATCH;
      symbols.push(strstart - 1 - prevMatch, prevLength - MIN_MATCH);
      lookahead -= prevLength - 1;
      let left = prevLength - 2;
      do { if (++strstart <= maxInsert) insert(strstart); } while (--left !== 0);
      available = false;
      matchLength = MIN_MATCH - 1;
      strstart++;
    } else if (available) {
      symbols.push(0, w[strstart - 1]);
      strstart++;
      lookahead--;
    } else {
      available = true;
      strstart++;
      lookahead--;
    }
  }
  if (available) symbols.push(0, w[strstart - 1]);
  return symbols;
}

function adler32(bytes) {
  let a = 1;
  let b = 0;
  for (const byte of bytes) { a = (a + byte) % 65521; b = (b + a) % 65521; }
  return ((b << 16) | a) >>> 0;
}

/** `input` compressed as zlib's compress2(…, 9) compresses it: header 78 DA, one deflate block, Adler-32. */
export function zlibLevel9(input) {
  if (input.length > MAXIMUM_INPUT) throw new RangeError(`more than ${MAXIMUM_INPUT} bytes`);
  const symbols = matches(input);
  const lt = tree(L_CODES, EXTRA_LBITS, LITERALS + 1, MAX_BITS, STATIC_LTREE_LEN);
  const dt = tree(D_CODES, EXTRA_DBITS, 0, MAX_BITS, STATIC_DTREE_LEN);
  const bt = tree(BL_CODES, EXTRA_BLBITS, 0, MAX_BL_BITS, null);
  lt.freq[END_BLOCK] = 1;
  for (let i = 0; i < symbols.length; i += 2) {
    const [dist, lc] = [symbols[i], symbols[i + 1]];
    if (dist === 0) lt.freq[lc]++;
    else { lt.freq[LENGTH_CODE[lc] + LITERALS + 1]++; dt.freq[distanceCode(dist - 1)]++; }
  }
  const trees = new Trees();
  trees.build(lt);
  trees.build(dt);
  walkLengths(lt, lt.maxCode, bt.freq, null);
  walkLengths(dt, dt.maxCode, bt.freq, null);
  trees.build(bt);
  let maxBlIndex;
  for (maxBlIndex = BL_CODES - 1; maxBlIndex >= 3; maxBlIndex--) if (bt.len[BL_ORDER[maxBlIndex]] !== 0) break;
  trees.optLen += 3 * (maxBlIndex + 1) + 5 + 5 + 4;
  let optBytes = (trees.optLen + 3 + 7) >> 3;
  const staticBytes = (trees.staticLen + 3 + 7) >> 3;
  if (staticBytes <= optBytes) optBytes = staticBytes;

  const out = new Bits();
  out.bytes.push(0x78, 0xda);
  const block = (len, code, dlen, dcode) => {
    for (let i = 0; i < symbols.length; i += 2) {
      let [dist, lc] = [symbols[i], symbols[i + 1]];
      if (dist === 0) { out.send(code[lc], len[lc]); continue; }
      let c = LENGTH_CODE[lc];
      out.send(code[c + LITERALS + 1], len[c + LITERALS + 1]);
      if (EXTRA_LBITS[c] !== 0) out.send(lc - BASE_LENGTH[c], EXTRA_LBITS[c]);
      dist--;
      c = distanceCode(dist);
      out.send(dcode[c], dlen[c]);
      if (EXTRA_DBITS[c] !== 0) out.send(dist - BASE_DIST[c], EXTRA_DBITS[c]);
    }
    out.send(code[END_BLOCK], len[END_BLOCK]);
  };
  if (input.length + 4 <= optBytes) {
    out.send(1, 3);
    out.windup();
    out.bytes.push(input.length & 0xff, input.length >> 8, ~input.length & 0xff, (~input.length >> 8) & 0xff);
    out.bytes.push(...input);
  } else if (staticBytes === optBytes) {
    out.send((1 << 1) + 1, 3);
    block(STATIC_LTREE_LEN, STATIC_LTREE_CODE, STATIC_DTREE_LEN, STATIC_DTREE_CODE);
  } else {
    out.send((2 << 1) + 1, 3);
    out.send(lt.maxCode + 1 - 257, 5);
    out.send(dt.maxCode + 1 - 1, 5);
    out.send(maxBlIndex + 1 - 4, 4);
    for (let rank = 0; rank <= maxBlIndex; rank++) out.send(bt.len[BL_ORDER[rank]], 3);
    const emit = (c, extra, bits) => { out.send(bt.code[c], bt.len[c]); if (bits) out.send(extra, bits); };
    walkLengths(lt, lt.maxCode, null, emit);
    walkLengths(dt, dt.maxCode, null, emit);
    block(lt.len, lt.code, dt.len, dt.code);
  }
  out.windup();
  const check = adler32(input);
  out.bytes.push(check >>> 24, (check >>> 16) & 0xff, (check >>> 8) & 0xff, check & 0xff);
  return new Uint8Array(out.bytes);
}
