declare module 'linebreak' {
  interface Break {
    position: number;
    required: boolean;
  }
  /** UAX #14 line breaking: `nextBreak()` walks the break opportunities of the text. */
  export default class LineBreaker {
    constructor(text: string);
    nextBreak(): Break | null;
  }
}
