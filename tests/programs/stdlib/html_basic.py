# html.escape and html.unescape: named references (with and without ';', longest match), numeric references
# (decimal/hex, windows-1252 remapping, invalid code points), malformed references, and html.entities.html5.
import html
import html.entities

for s in ['<a href="x">Tom & Jerry\'s</a>', 'plain', '', '&amp;', '"quotes"']:
    print(repr(html.escape(s)), repr(html.escape(s, quote=False)))
cases = ['&amp; &lt; &gt; &quot; &#39; &#x27;', '&amp &lt &gt', '&notit; &notin; &not &noti', '&copy2023 &copy;2023',
         '&#65;&#x42;&#X43;&#0068', '&#0; &#128; &#x80; &#x9f; &#159; &#13; &#x81; &#x8D;', '&#xD800; &#x110000; &#99999999;',
         '&#1; &#xb; &#x7f; &#xfdd0; &#xfffe; &#x1ffff; &#x10ffff; &#x10fffd;', '&#; &#x; &#xg; & ; &&amp;; &unknown; &',
         '&AElig &aelig; &Aacute; &acE; &NotEqualTilde; &fjlig;', '&amp&lt;&#65&#x41', 'a&b&c', '&' + 'x' * 40 + ';',
         'tail &', '&#65;&#66;&#67;' * 3, 'no refs at all']
for s in cases:
    print(repr(s), '->', repr(html.unescape(s)))
print(len(html.entities.html5), html.entities.html5['amp;'], html.entities.html5['gt'], html.entities.html5['NotEqualTilde;'])
print(html.unescape(html.escape('<&>"\'')) == '<&>"\'')
