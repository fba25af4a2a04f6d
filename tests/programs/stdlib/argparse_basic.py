# argparse: help and usage output (wrapping, sections, groups, subcommands, formatters), parsing of positionals,
# optionals, nargs, actions, types, choices and defaults, and the error messages (stderr, exit status 2).
import argparse
import sys


def run(parser, argv):
    try:
        print(argv, '->', parser.parse_args(argv))
    except SystemExit as e:
        print(argv, '-> exit', e.code)


p = argparse.ArgumentParser(prog='tool', description='A tool that does things with files and numbers.',
                            epilog='See the docs.')
p.add_argument('files', nargs='+', help='input files to process')
p.add_argument('-n', '--count', type=int, default=3, help='how many (default: %(default)s)')
p.add_argument('-v', '--verbose', action='store_true', help='be chatty')
p.add_argument('--mode', choices=['fast', 'slow'], default='fast', help='speed mode')
p.add_argument('-o', metavar='OUT', help='output file')
p.add_argument('--tag', action='append', help='tags')
p.add_argument('-q', action='count', default=0)
p.add_argument('--ratio', type=float, help='a ratio that has a rather long help text which will need to be wrapped '
                                           'over several lines by the formatter')
p.print_help()
print(p.format_usage(), end='')
for argv in [['a', 'b', '-n', '5', '-v', '--mode=slow', '--tag', 'x', '--tag=y', '-qq', '-oout.txt'], ['f'],
             ['f', '--count', '7', 'g', '--ratio', '0.5'], ['--', '-f'], ['f', '--verb'], [], ['f', '-n', 'x'],
             ['f', '--mode', 'medium'], ['f', '--bogus'], ['f', '-n'], ['f', '--count=2', '-vq']]:
    run(p, argv)

p2 = argparse.ArgumentParser(prog='calc')
p2.add_argument('x', type=int)
p2.add_argument('y', type=int, nargs='?', default=10)
p2.add_argument('rest', nargs='*')
g = p2.add_mutually_exclusive_group()
g.add_argument('--add', action='store_true')
g.add_argument('--mul', action='store_true')
grp = p2.add_argument_group('output', 'Output options.')
grp.add_argument('--precision', type=int, default=2, metavar='P')
p2.add_argument('--version', action='version', version='calc 1.0')
p2.print_help()
for argv in [['1'], ['1', '2'], ['1', '2', '3', '4'], ['1', '--add'], ['1', '--add', '--mul'], ['--precision', '5', '7'],
             ['--version'], ['a']]:
    run(p2, argv)

p3 = argparse.ArgumentParser(prog='git')
p3.add_argument('--debug', action='store_true')
sub = p3.add_subparsers(dest='command', help='sub-command help')
c = sub.add_parser('commit', help='record changes')
c.add_argument('-m', '--message', required=True)
c.add_argument('--amend', action='store_true')
pu = sub.add_parser('push', help='update remote refs')
pu.add_argument('remote', nargs='?', default='origin')
p3.print_help()
c.print_help()
for argv in [['commit', '-m', 'msg'], ['--debug', 'push'], ['push', 'upstream'], ['commit'], ['pull'], []]:
    run(p3, argv)

p4 = argparse.ArgumentParser(prog='fmt', formatter_class=argparse.ArgumentDefaultsHelpFormatter, add_help=False)
p4.add_argument('--size', type=int, default=5, help='the size')
p4.add_argument('--name', default='x', help='the name')
p4.add_argument('pos', nargs='?', default='p', help='a positional')
p4.print_help()
p5 = argparse.ArgumentParser(prog='raw', formatter_class=argparse.RawDescriptionHelpFormatter,
                             description='line one\n  indented line two\n\nparagraph')
p5.print_help()
ns, extra = p.parse_known_args(['f', '--unknown', 'z'])
print(ns, extra)
print(argparse.Namespace(a=1, b='x'), argparse.Namespace(a=1) == argparse.Namespace(a=1), 'a' in argparse.Namespace(a=1))
p6 = argparse.ArgumentParser(prog='long-program-name-for-wrapping')
for k in range(8):
    p6.add_argument('--option-number-%d' % k, metavar='VALUE%d' % k, help='option %d' % k)
p6.add_argument('input')
p6.add_argument('outputs', nargs='*')
p6.print_usage()
p6.print_help()
p7 = argparse.ArgumentParser(prog='ext')
p7.add_argument('--item', action='extend', nargs='+')
p7.add_argument('--pair', nargs=2, metavar=('K', 'V'))
p7.add_argument('--const', action='store_const', const=42)
p7.add_argument('--opt', nargs='?', const='C', default='D')
p7.print_help()
for argv in [['--item', 'a', 'b', '--item', 'c'], ['--pair', 'k', 'v'], ['--pair', 'k'], ['--const', '--opt'],
             ['--opt', 'X']]:
    run(p7, argv)
sys.stderr = sys.stdout
run(p, ['f', '--mode', 'x'])
run(p2, ['1', '--add', '--mul'])
run(p3, ['commit'])
