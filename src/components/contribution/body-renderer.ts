// The preview of the record's text: plain paragraphs at once, the site's Markdown rendering once
// its code has arrived (loaded on first use, then `onReady` redraws the preview).

export type BodyRenderer = (markdown: string) => DocumentFragment;

export function createBodyRenderer(onReady: () => void): BodyRenderer {
  let renderMarkdown: ((markdown: string) => string) | undefined;
  let loading = false;
  return (markdown) => {
    const holder = document.createElement('template');
    if (!markdown.trim()) return holder.content;
    if (renderMarkdown) {
      holder.innerHTML = renderMarkdown(markdown);
      return holder.content;
    }
    if (!loading) {
      loading = true;
      void import('../../lib/contribution/markdown-preview.ts').then((m) => {
        renderMarkdown = m.markdownPreviewHtml;
        onReady();
      });
    }
    for (const p of markdown.split(/\n\s*\n/).filter((t) => t.trim())) {
      const para = document.createElement('p');
      para.textContent = p.trim();
      holder.content.append(para);
    }
    return holder.content;
  };
}
