# textwrap: wrap/fill over many widths and options (hyphens, em-dashes, long words, tabs, sentence endings,
# max_lines/placeholder, indents), shorten, dedent and indent, compared line for line with CPython.
import textwrap

texts = [
    "The quick brown fox jumps over the lazy dog. Pack my box with five dozen liquor jugs!",
    "Hello there, how are you this fine day?  I'm glad to hear it!",
    "A well-known long-term re-entry state-of-the-art, e-mail x-ray self-evident; anti--war do-it-yourself.",
    "This is a sentence--with an em-dash--and more text -- spaced dashes --- triple.",
    "Supercalifragilisticexpialidocious is a very long word indeed, pneumonoultramicroscopicsilicovolcanoconiosis.",
    "tabs\there\tand\tthere and\nnewlines\nin the middle\r\nwith CR.",
    "   leading and trailing spaces   ",
    "word-- odd -- dashes--end a-b-c-d-e x--y 1-2-3 ab-12 12-ab a_b-c_d Ünïcödé-wörds ça-va",
    "short",
    "",
    "Mr. Smith went to Washington. He said \"hi.\" Then left! Really? yes.",
    "--leading dashes and trailing dashes-- and --- in - the - middle -",
]
for text in texts:
    for width in [1, 5, 10, 15, 20, 30, 45, 70]:
        print(width, textwrap.wrap(text, width))
    print(textwrap.wrap(text, 20, break_on_hyphens=False))
    print(textwrap.wrap(text, 12, break_long_words=False))
    print(textwrap.wrap(text, 25, drop_whitespace=False))
    print(textwrap.wrap(text, 25, fix_sentence_endings=True))
    print(textwrap.wrap(text, 25, expand_tabs=False, replace_whitespace=False))
    print(textwrap.wrap(text, 25, tabsize=4))
    print(textwrap.wrap(text, 30, initial_indent='* ', subsequent_indent='    '))
    print(textwrap.wrap(text, 30, max_lines=2))
    print(textwrap.wrap(text, 20, max_lines=1, placeholder='...'))
    print(repr(textwrap.fill(text, 25)))
    print(repr(textwrap.shorten(text, 30)), repr(textwrap.shorten(text, 15, placeholder='~')))
for bad in [lambda: textwrap.wrap('abc', 0), lambda: textwrap.wrap('abc def', 5, max_lines=1, placeholder=' [......]')]:
    try:
        bad()
    except ValueError as e:
        print('ValueError', e)
w = textwrap.TextWrapper(width=15, initial_indent='> ')
print(w.wrap('one two three four five six'), w.fill('seven eight nine'), w.width)
for text in ['    a\n    b\n      c\n', '\tx\n\ty', '  a\n\tb', '\n   \n  x\n  y\n \n', 'no indent\n  some', '   ',
             '  hello\n    world\n  \n  end', ' \t a\n \t b']:
    print(repr(textwrap.dedent(text)))
print(repr(textwrap.indent('a\n\nb\n  \nc', '> ')), repr(textwrap.indent('a\nb', '+', lambda line: True)),
      repr(textwrap.indent('x\r\ny\n', '# ')))
