// Content-stream tokenizer: splits decoded page content into operations with their operands.

export type Operand = number | boolean | null | { name: string } | { str: string } | Operand[] | Map<string, Operand>;

export interface Operation {
  /** Position among the operations of the page's content, 0-based. */
  index: number;
  op: string;
  operands: Operand[];
}

const WHITESPACE = new Set([0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]);
const DELIMITERS = new Set([...'()<>[]{}/%'].map((c) => c.charCodeAt(0)));
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)$/;

class Lexer {
  i = 0;
  constructor(readonly s: string) {}

  skipSpace(): void {
    const s = this.s;
    while (this.i < s.length) {
      const c = s.charCodeAt(this.i);
      if (WHITESPACE.has(c)) this.i++;
      else if (c === 0x25 /* % */) {
        while (this.i < s.length && s[this.i] !== '\n' && s[this.i] !== '\r') this.i++;
      } else break;
    }
  }

  regular(): string {
    const start = this.i;
    while (this.i < this.s.length) {
      const c = this.s.charCodeAt(this.i);
      if (WHITESPACE.has(c) || DELIMITERS.has(c)) break;
      this.i++;
    }
    return this.s.slice(start, this.i);
  }

  literalString(): { str: string } {
    let depth = 0;
    let out = '';
    this.i++; // opening paren
    while (this.i < this.s.length) {
      const ch = this.s[this.i++];
      if (ch === '\\') {
        out += ch + (this.s[this.i++] ?? '');
      } else if (ch === '(') {
        depth++;
        out += ch;
      } else if (ch === ')') {
        if (depth === 0) return { str: out };
        depth--;
        out += ch;
      } else out += ch;
    }
    throw new Error('chaîne littérale non fermée');
  }

  /** One operand, or a bare keyword (operator) returned as `{ op }`. */
  next(): Operand | { op: string } | undefined {
    this.skipSpace();
    if (this.i >= this.s.length) return undefined;
    const ch = this.s[this.i];
    if (ch === '(') return this.literalString();
    if (ch === '<' && this.s[this.i + 1] === '<') {
      this.i += 2;
      const dict = new Map<string, Operand>();
      for (;;) {
        this.skipSpace();
        if (this.s.startsWith('>>', this.i)) {
          this.i += 2;
          return dict;
        }
        const key = this.next();
        if (key === undefined) throw new Error('dictionnaire non fermé');
        if (!(key && typeof key === 'object' && 'name' in key)) throw new Error('clé de dictionnaire invalide');
        const value = this.next();
        if (value === undefined || (value && typeof value === 'object' && 'op' in value)) throw new Error('valeur de dictionnaire invalide');
        dict.set(key.name, value as Operand);
      }
    }
    if (ch === '<') {
      const end = this.s.indexOf('>', this.i);
      if (end < 0) throw new Error('chaîne hexadécimale non fermée');
      const hex = this.s.slice(this.i + 1, end).replace(/\s+/g, '');
      this.i = end + 1;
      return { str: hex.replace(/(..?)/g, (h) => String.fromCharCode(parseInt(h.padEnd(2, '0'), 16))) };
    }
    if (ch === '[') {
      this.i++;
      const arr: Operand[] = [];
      for (;;) {
        this.skipSpace();
        if (this.s[this.i] === ']') {
          this.i++;
          return arr;
        }
        const v = this.next();
        if (v === undefined) throw new Error('tableau non fermé');
        if (v && typeof v === 'object' && 'op' in v) {
          // Keywords inside arrays only happen in malformed streams; keep them as names so parsing goes on.
          arr.push({ name: v.op });
        } else arr.push(v as Operand);
      }
    }
    if (ch === '/') {
      this.i++;
      return { name: this.regular().replace(/#([0-9a-fA-F]{2})/g, (_, h) => String.fromCharCode(parseInt(h, 16))) };
    }
    if (ch === ']' || ch === '>' || ch === ')' || ch === '{' || ch === '}') {
      this.i++;
      return { op: ch };
    }
    const word = this.regular();
    if (NUMBER.test(word)) return Number(word);
    if (word === 'true') return true;
    if (word === 'false') return false;
    if (word === 'null') return null;
    return { op: word };
  }

  /** After `ID`: skip the binary image data up to the `EI` that ends it. */
  skipInlineImage(): void {
    this.i++; // the single whitespace byte after ID
    const re = /[\s\0]EI(?=[\s\0]|$)/g;
    re.lastIndex = this.i;
    const m = re.exec(this.s);
    this.i = m ? m.index + m[0].length : this.s.length;
  }
}

/** Parses a decoded content stream (bytes as Latin-1 text); throws on malformed syntax (French message). */
export function parseContent(bytes: Uint8Array): Operation[] {
  const lexer = new Lexer(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1'));
  const ops: Operation[] = [];
  let operands: Operand[] = [];
  for (;;) {
    const t = lexer.next();
    if (t === undefined) break;
    if (t && typeof t === 'object' && 'op' in t && typeof t.op === 'string') {
      if (t.op === 'ID') {
        // The inline image's dictionary was collected as operands of BI; its data is skipped raw.
        lexer.skipInlineImage();
        ops.push({ index: ops.length, op: 'BI', operands });
        operands = [];
        continue;
      }
      if (t.op === 'BI') {
        operands = [];
        continue;
      }
      ops.push({ index: ops.length, op: t.op, operands });
      operands = [];
    } else operands.push(t as Operand);
  }
  return ops;
}
