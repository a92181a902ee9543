/** A reason shown inside a message, in both languages (a report is worded once, in one). */
export interface Text {
  en: string;
  nl: string;
}

export const text = (en: string, nl: string): Text => ({en, nl});

/** Message parameters for a reason: `reason` (English, also the evidence) and `reason_nl`. */
export const reasonParams = (reason: Text): {reason: string; reason_nl: string} => ({reason: reason.en, reason_nl: reason.nl});
