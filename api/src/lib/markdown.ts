import MarkdownIt from 'markdown-it';

/**
 * Markdown as HTML that is safe to put in a page: HTML written in the Markdown is escaped, not passed
 * through (`html: false`), and links to javascript:, vbscript:, file: and data: (but images) are not
 * made links (markdown-it's validateLink). So `<script>` in a text comes out as `&lt;script&gt;`.
 */
const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false });

export const renderMarkdown = (text: string): string => markdown.render(text);
