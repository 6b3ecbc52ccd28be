// Text from the contributor, made inert for GitHub before it goes into a pull request or an issue:
// it must not notify anyone (@mention), link another issue (#12), become a link, an image or
// HTML. GitHub renders Markdown first, then finds mentions and references in the rendered text:
// escaping alone would not do (`\@someone` renders as `@someone`, then mentions), nor would
// leaving entities (`&commat;someone` renders as `@someone`). So, on one line:
// - every ASCII punctuation mark is backslash-escaped (CommonMark allows it for all of them): no
//   link, image, emphasis, HTML, entity (`\&commat;` stays these letters), autolink (`https\:`,
//   `www\.`, `a\@b` are not ones);
// - a zero-width space follows each `@` and `#`, and the `GH` of `GH-12`: what GitHub reads in
//   the rendered text is no longer a mention, a reference or an e-mail address.
// (A bare commit hash would still be linked to its commit: harmless, it notifies no one.)
const ZWSP = '\u200b';

export function inert(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[!-/:-@[-`{-~]/g, (c) => `\\${c}`)
    .replace(/[@#]/g, (c) => `${c}${ZWSP}`)
    .replace(/\b(GH)(?=\\-\d)/gi, `$1${ZWSP}`);
}

/** A pull request's or issue's title is not Markdown: only mentions and references are defused. */
export function inertTitle(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[@#]/g, (c) => `${c}${ZWSP}`)
    .replace(/\b(GH)(?=-\d)/gi, `$1${ZWSP}`);
}
