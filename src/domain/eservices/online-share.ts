/**
 * The online share of transactions, online ÷ (online + in person): the common definition of digital
 * take-up. With no transaction there is no share — null, never NaN and never 0 %, which would read as a
 * service nobody uses online.
 */

/** Transactions completed online and at an office. */
export interface Transactions {
  online: number;
  inPerson: number;
}

/** Transactions with their online share. */
export interface ShareCell extends Transactions {
  /** A fraction in [0, 1]; null when there is no transaction. */
  share: number | null;
}

/** The online share of the transactions, or null when there are none. */
export function onlineShare({ online, inPerson }: Transactions): number | null {
  const total = online + inPerson;
  return total > 0 ? online / total : null;
}

/** No transaction yet: the start of a sum. */
export function noTransactions(): Transactions {
  return { online: 0, inPerson: 0 };
}

/** Adds `more` into `total`, in place. */
export function addTransactions(total: Transactions, more: Transactions): void {
  total.online += more.online;
  total.inPerson += more.inPerson;
}

/** The sum of the transactions. */
export function sumTransactions(items: readonly Transactions[]): Transactions {
  const total = noTransactions();
  for (const item of items) addTransactions(total, item);
  return total;
}

/** The transactions with their share. */
export function shareCell(transactions: Transactions): ShareCell {
  return { online: transactions.online, inPerson: transactions.inPerson, share: onlineShare(transactions) };
}
