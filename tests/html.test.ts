/**
 * The one escaper (src/lib/html.ts): every interpolated value is escaped unless it is `Html`; lists join and
 * nothing-values vanish; `attr` writes an attribute or nothing; and `compact` takes off only the template's own
 * layout, so a template formatted over many lines renders as the one-line template, while values stay verbatim.
 */
import { describe, expect, it } from 'vitest';
import { attr, compact, escapeHtml, Html, html, type Interpolation, raw } from '../src/lib/html.ts';

/** `html` under another name, which Prettier does not format: for templates whose one-line layout is the point. */
const line = html;

describe('escaping', () => {
  it('escapes the five characters that can end text or a quoted attribute, and nothing else', () => {
    expect(escapeHtml(`<a href="x" title='y'>Tom & Jerry</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;Tom &amp; Jerry&lt;/a&gt;',
    );
    expect(escapeHtml('Protección consular — 2017 ½')).toBe('Protección consular — 2017 ½');
    // Already-escaped text is text: its ampersand is escaped again, so it reads as written.
    expect(escapeHtml('&amp;')).toBe('&amp;amp;');
  });

  it('escapes every interpolated string and number, and keeps Html as it is', () => {
    const text = '<script>alert("x")</script>';
    expect(html`<p>${text}</p>`.value).toBe('<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</p>');
    expect(html`<p title="${"a'b"}">${42}</p>`.value).toBe('<p title="a&#39;b">42</p>');
    expect(html`<div>${raw('<em>kept</em>')}</div>`.value).toBe('<div><em>kept</em></div>');
    expect(html`<div>${html`<b>${'&'}</b>`}</div>`.value).toBe('<div><b>&amp;</b></div>');
  });

  it('joins lists (escaping each member) and writes nothing for false, null and undefined, but 0 as 0', () => {
    const items: Interpolation[] = ['a<b', raw('<br />'), ['c', false, null, undefined]];
    expect(html`<p>${items}</p>`.value).toBe('<p>a&lt;b<br />c</p>');
    expect(html`<p>${false}${null}${undefined}${0}</p>`.value).toBe('<p>0</p>');
    expect(line`<ul>${[]}</ul>`.value).toBe('<ul></ul>');
  });
});

describe('raw and Html', () => {
  it('trusts a string as markup, and prints as that markup', () => {
    const markup = raw('<i>x</i>');
    expect(markup).toBeInstanceOf(Html);
    expect(String(markup)).toBe('<i>x</i>');
    expect(raw('').value).toBe('');
  });

  it('refuses an absent value with what to give instead, so no page prints "undefined"', () => {
    expect(() => raw(undefined as unknown as string)).toThrow(
      new TypeError("raw() needs markup as a string, not undefined: give '' for no markup"),
    );
    expect(() => raw(null as unknown as string)).toThrow(TypeError);
  });
});

describe('attr', () => {
  it('writes a leading space, the name and the escaped value; nothing when the value is absent or false', () => {
    expect(attr('aria-current', 'page').value).toBe(' aria-current="page"');
    expect(attr('title', 'say "hi" & <go>').value).toBe(' title="say &quot;hi&quot; &amp; &lt;go&gt;"');
    expect(attr('aria-current', false).value).toBe('');
    expect(attr('aria-current', undefined).value).toBe('');
    // An empty value is a value: the attribute is written, empty.
    expect(attr('alt', '').value).toBe(' alt=""');
    expect(html`<a${attr('aria-current', 'page')}>x</a>`.value).toBe('<a aria-current="page">x</a>');
  });
});

describe('compact', () => {
  it('renders a template formatted over many lines as the one-line template', () => {
    const title = 'Report';
    const list = ['<a>', raw('<b>b</b>')];
    // Where Prettier breaks a line and indents, the one-line template has one space (HTML renders both alike).
    const oneLine = line`<section class="report"> <h2 id="x"> ${title} </h2> <p>${list} and more</p> </section>`;
    const formatted = html`
      <section class="report">
        <h2
          id="x"
          class="a-class-name-long-enough-for-prettier-to-break-this-tag-over-lines"
          data-more="and-more-to-pass-the-printWidth"
        >
          ${title}
        </h2>
        <p>${list} and more</p>
      </section>
    `;
    expect(formatted.value.replace(/ class="a-[^"]*" data-more="[^"]*"/, '')).toBe(oneLine.value);
    expect(oneLine.value).toBe(
      '<section class="report"> <h2 id="x"> Report </h2> <p>&lt;a&gt;<b>b</b> and more</p> </section>',
    );
  });

  it('takes a line break with its indentation as one space, none before > or />, none at the ends', () => {
    expect(compact(['<p\n    >', '</p>\n  <br />'])).toEqual(['<p>', '</p> <br />']);
    expect(compact(['\n  <br\n  />\n'])).toEqual(['<br/>']);
    expect(compact(['<p>a', 'b</p>'])).toEqual(['<p>a', 'b</p>']);
    // Spaces on one line are the author's, not layout: kept.
    expect(compact(['<p>a  b</p>'])).toEqual(['<p>a  b</p>']);
  });

  it('never compacts a value: text with line breaks and indentation stays verbatim', () => {
    const verbatim = 'First line\n    indented second line\n\nthird  with two spaces';
    const page = html`
      <pre>
        ${verbatim}
      </pre>
    `;
    expect(page.value).toBe(`<pre> ${verbatim} </pre>`);
    expect(html`<p>${raw(verbatim)}</p>`.value).toBe(`<p>${verbatim}</p>`);
  });

  it('computes a template once: the same parts object on every call', () => {
    // Written over three lines on purpose (Prettier would put a short template on one line, with its spaces).
    const render = (x: string) => line`
      <p>${x}</p>
    `;
    expect(render('a').value).toBe('<p>a</p>');
    expect(render('b').value).toBe('<p>b</p>');
    const strings = Object.freeze(Object.assign(['<p\n>', '</p>'], { raw: ['<p\n>', '</p>'] }));
    expect(compact(strings)).toBe(compact(strings));
  });
});
