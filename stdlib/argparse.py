"""argparse for Taipan: command-line parsing with CPython's help and errors.

Written for Taipan from the Python library reference (issue #6, decision
0020). ArgumentParser with positionals and optionals, the standard actions
(store, store_const, store_true/false, append, append_const, count, help,
version, extend), nargs (N, '?', '*', '+', REMAINDER), type, choices,
default, required, metavar, dest, argument groups, mutually exclusive
groups, subcommands (add_subparsers), parse_args/parse_known_args, and
Namespace. The help formatter lays out usage (wrapped the same way),
sections, the invocation column (max_help_position 24) and wrapped help
text for the terminal width less 2, like CPython's HelpFormatter, so the
common parsers print identical --help and error output; errors print the
usage and "prog: error: ..." to stderr and exit with status 2.
"""

import os as _os
import sys as _sys

__all__ = ['ArgumentParser', 'ArgumentError', 'ArgumentTypeError', 'FileType', 'HelpFormatter',
           'ArgumentDefaultsHelpFormatter', 'RawDescriptionHelpFormatter', 'RawTextHelpFormatter',
           'MetavarTypeHelpFormatter', 'Namespace', 'Action', 'ONE_OR_MORE', 'OPTIONAL', 'PARSER', 'REMAINDER',
           'SUPPRESS', 'ZERO_OR_MORE', 'BooleanOptionalAction']

SUPPRESS = '==SUPPRESS=='
OPTIONAL = '?'
ZERO_OR_MORE = '*'
ONE_OR_MORE = '+'
PARSER = 'A...'
REMAINDER = '...'


def _collapse_ws(text):
    return ' '.join(text.split())


class Namespace:
    def __init__(self, **kwargs):
        for name in kwargs:
            setattr(self, name, kwargs[name])

    def __repr__(self):
        arg_strings = []
        star_args = {}
        for name, value in list(self.__dict__.items()):
            if name.isidentifier():
                arg_strings.append('%s=%r' % (name, value))
            else:
                star_args[name] = value
        if star_args:
            arg_strings.append('**%s' % repr(star_args))
        return '%s(%s)' % (type(self).__name__, ', '.join(arg_strings))

    def __eq__(self, other):
        if not isinstance(other, Namespace):
            return NotImplemented
        return vars(self) == vars(other)

    def __contains__(self, key):
        return key in self.__dict__


class ArgumentError(Exception):
    def __init__(self, argument, message):
        self.argument_name = _get_action_name(argument)
        self.message = message

    def __str__(self):
        if self.argument_name is None:
            return self.message
        return 'argument %s: %s' % (self.argument_name, self.message)


class ArgumentTypeError(Exception):
    pass


def _get_action_name(argument):
    if argument is None:
        return None
    if argument.option_strings:
        return '/'.join(argument.option_strings)
    if argument.metavar not in (None, SUPPRESS):
        return argument.metavar
    if argument.dest not in (None, SUPPRESS):
        return argument.dest
    if argument.choices:
        return '{' + ','.join(argument.choices) + '}'
    return None


# ---------------------------------------------------------------------------
# Help formatting.
# ---------------------------------------------------------------------------
class HelpFormatter:
    def __init__(self, prog, indent_increment=2, max_help_position=24, width=None):
        if width is None:
            import shutil
            width = shutil.get_terminal_size().columns
            width -= 2
        self._prog = prog
        self._indent_increment = indent_increment
        self._max_help_position = min(max_help_position, max(width - 20, indent_increment * 2))
        self._width = width
        self._current_indent = 0
        self._level = 0
        self._action_max_length = 0
        self._root_section = _Section(self, None)
        self._current_section = self._root_section

    def _indent(self):
        self._current_indent += self._indent_increment
        self._level += 1

    def _dedent(self):
        self._current_indent -= self._indent_increment
        self._level -= 1

    def _add_item(self, func, args):
        self._current_section.items.append((func, args))

    def start_section(self, heading):
        self._indent()
        section = _Section(self, self._current_section, heading)
        self._add_item(section.format_help, [])
        self._current_section = section

    def end_section(self):
        self._current_section = self._current_section.parent
        self._dedent()

    def add_text(self, text):
        if text is not SUPPRESS and text is not None:
            self._add_item(self._format_text, [text])

    def add_usage(self, usage, actions, groups, prefix=None):
        if usage is not SUPPRESS:
            self._add_item(self._format_usage, [usage, actions, groups, prefix])

    def add_argument(self, action):
        if action.help is not SUPPRESS:
            invocations = [self._format_action_invocation(action)]
            for subaction in self._iter_indented_subactions(action):
                invocations.append(self._format_action_invocation(subaction))
            invocation_length = max(map(len, invocations)) + self._current_indent
            self._action_max_length = max(self._action_max_length, invocation_length)
            self._add_item(self._format_action, [action])

    def add_arguments(self, actions):
        for action in actions:
            self.add_argument(action)

    def format_help(self):
        help = self._root_section.format_help()
        if help:
            while '\n\n\n' in help:
                help = help.replace('\n\n\n', '\n\n')
            help = help.strip('\n') + '\n'
        return help

    def _join_parts(self, part_strings):
        return ''.join([part for part in part_strings if part and part is not SUPPRESS])

    def _format_usage(self, usage, actions, groups, prefix):
        if prefix is None:
            prefix = 'usage: '
        if usage is not None:
            usage = usage % dict(prog=self._prog)
        elif usage is None and not actions:
            usage = '%(prog)s' % dict(prog=self._prog)
        elif usage is None:
            prog = '%(prog)s' % dict(prog=self._prog)
            optionals = [a for a in actions if a.option_strings]
            positionals = [a for a in actions if not a.option_strings]
            action_usage = self._format_actions_usage(optionals + positionals, groups)
            usage = ' '.join([s for s in [prog, action_usage] if s])
            text_width = self._width - self._current_indent
            if len(prefix) + len(usage) > text_width:
                opt_parts = self._usage_parts(optionals, groups)
                pos_parts = self._usage_parts(positionals, groups)

                def get_lines(parts, indent, prefix=None):
                    lines = []
                    line = []
                    indent_length = len(indent)
                    if prefix is not None:
                        line_len = len(prefix) - 1
                    else:
                        line_len = indent_length - 1
                    for part in parts:
                        if line_len + 1 + len(part) > text_width and line:
                            lines.append(indent + ' '.join(line))
                            line = []
                            line_len = indent_length - 1
                        line.append(part)
                        line_len += len(part) + 1
                    if line:
                        lines.append(indent + ' '.join(line))
                    if prefix is not None:
                        lines[0] = lines[0][len(indent):]
                    return lines

                if len(prefix) + len(prog) <= 0.75 * text_width:
                    indent = ' ' * (len(prefix) + len(prog) + 1)
                    if opt_parts:
                        lines = get_lines([prog] + opt_parts, indent, prefix)
                        lines.extend(get_lines(pos_parts, indent))
                    elif pos_parts:
                        lines = get_lines([prog] + pos_parts, indent, prefix)
                    else:
                        lines = [prog]
                else:
                    indent = ' ' * len(prefix)
                    parts = opt_parts + pos_parts
                    lines = get_lines(parts, indent)
                    if len(lines) > 1:
                        lines = []
                        lines.extend(get_lines(opt_parts, indent))
                        lines.extend(get_lines(pos_parts, indent))
                    lines = [prog] + lines
                usage = '\n'.join(lines)
        return '%s%s\n\n' % (prefix, usage)

    def _usage_parts(self, actions, groups):
        text = self._format_actions_usage(actions, groups)
        # Split into bracketed/parenthesised groups and words, as the wrapping does.
        parts = []
        i = 0
        n = len(text)
        while i < n:
            if text[i] == ' ':
                i += 1
                continue
            if text[i] in '[(':
                close = ']' if text[i] == '[' else ')'
                depth = 0
                j = i
                while j < n:
                    if text[j] in '[(':
                        depth += 1
                    elif text[j] in '])':
                        depth -= 1
                        if depth == 0 and (j + 1 == n or text[j + 1] == ' '):
                            break
                    j += 1
                parts.append(text[i:j + 1])
                i = j + 1
                continue
            j = i
            while j < n and text[j] != ' ':
                j += 1
            parts.append(text[i:j])
            i = j
        return parts

    def _format_actions_usage(self, actions, groups):
        group_of = {}
        for group in groups:
            if not group._group_actions:
                continue
            for action in group._group_actions:
                group_of[action] = group
        parts = []
        i = 0
        done_groups = set()
        while i < len(actions):
            action = actions[i]
            group = group_of.get(action)
            if group is not None and id(group) not in done_groups and all(a in actions for a in group._group_actions):
                done_groups.add(id(group))
                members = [self._action_usage(a, in_group=True) for a in group._group_actions
                           if a.help is not SUPPRESS]
                members = [m for m in members if m]
                if members:
                    inner = ' | '.join(members)
                    if group.required:
                        parts.append('(%s)' % inner if len(members) > 1 else inner)
                    else:
                        parts.append('[%s]' % inner)
                i += 1
                continue
            if group is not None and id(group) in done_groups:
                i += 1
                continue
            part = self._action_usage(action)
            if part:
                parts.append(part)
            i += 1
        return ' '.join(parts)

    def _action_usage(self, action, in_group=False):
        if action.help is SUPPRESS:
            return None
        if not action.option_strings:
            default = self._get_default_metavar_for_positional(action)
            part = self._format_args(action, default)
            if in_group and part.startswith('[') and part.endswith(']'):
                part = part[1:-1]
            return part
        option_string = action.option_strings[0]
        if action.nargs == 0:
            part = action.format_usage()
        else:
            default = self._get_default_metavar_for_optional(action)
            args_string = self._format_args(action, default)
            part = '%s %s' % (option_string, args_string)
        if not action.required and not in_group:
            part = '[%s]' % part
        return part

    def _format_text(self, text):
        if '%(prog)' in text:
            text = text % dict(prog=self._prog)
        text_width = max(self._width - self._current_indent, 11)
        indent = ' ' * self._current_indent
        return self._fill_text(text, text_width, indent) + '\n\n'

    def _format_action(self, action):
        help_position = min(self._action_max_length + 2, self._max_help_position)
        help_width = max(self._width - help_position, 11)
        action_width = help_position - self._current_indent - 2
        action_header = self._format_action_invocation(action)
        if not action.help:
            action_header = '%*s%s\n' % (self._current_indent, '', action_header)
        elif len(action_header) <= action_width:
            action_header = '%*s%-*s  ' % (self._current_indent, '', action_width, action_header)
            indent_first = 0
        else:
            action_header = '%*s%s\n' % (self._current_indent, '', action_header)
            indent_first = help_position
        parts = [action_header]
        if action.help and action.help.strip():
            help_text = self._expand_help(action)
            if help_text:
                help_lines = self._split_lines(help_text, help_width)
                parts.append('%*s%s\n' % (indent_first, '', help_lines[0]))
                for line in help_lines[1:]:
                    parts.append('%*s%s\n' % (help_position, '', line))
        elif not action_header.endswith('\n'):
            parts.append('\n')
        for subaction in self._iter_indented_subactions(action):
            parts.append(self._format_action(subaction))
        return self._join_parts(parts)

    def _format_action_invocation(self, action):
        if not action.option_strings:
            default = self._get_default_metavar_for_positional(action)
            metavar, = self._metavar_formatter(action, default)(1)
            return metavar
        if action.nargs == 0:
            return ', '.join(action.option_strings)
        default = self._get_default_metavar_for_optional(action)
        args_string = self._format_args(action, default)
        return ', '.join('%s %s' % (option_string, args_string) for option_string in action.option_strings)

    def _metavar_formatter(self, action, default_metavar):
        if action.metavar is not None:
            result = action.metavar
        elif action.choices is not None:
            result = '{%s}' % ','.join(map(str, action.choices))
        else:
            result = default_metavar

        def format(tuple_size):
            if isinstance(result, tuple):
                return result
            return (result,) * tuple_size
        return format

    def _format_args(self, action, default_metavar):
        get_metavar = self._metavar_formatter(action, default_metavar)
        if action.nargs is None:
            return '%s' % get_metavar(1)
        if action.nargs == OPTIONAL:
            return '[%s]' % get_metavar(1)
        if action.nargs == ZERO_OR_MORE:
            metavar = get_metavar(1)
            if len(metavar) == 2:
                return '[%s [%s ...]]' % metavar
            return '[%s ...]' % metavar
        if action.nargs == ONE_OR_MORE:
            return '%s [%s ...]' % get_metavar(2)
        if action.nargs == REMAINDER:
            return '...'
        if action.nargs == PARSER:
            return '%s ...' % get_metavar(1)
        if action.nargs == SUPPRESS:
            return ''
        try:
            formats = ['%s' for _ in range(action.nargs)]
        except TypeError:
            raise ValueError('invalid nargs value') from None
        return ' '.join(formats) % get_metavar(action.nargs)

    def _expand_help(self, action):
        params = dict(vars(action), prog=self._prog)
        for name in list(params):
            if params[name] is SUPPRESS:
                del params[name]
        for name in list(params):
            if hasattr(params[name], '__name__'):
                params[name] = params[name].__name__
        if params.get('choices') is not None:
            params['choices'] = ', '.join([str(c) for c in params['choices']])
        return self._get_help_string(action) % params

    def _iter_indented_subactions(self, action):
        get_subactions = getattr(action, '_get_subactions', None)
        if get_subactions is not None:
            return _IndentedList(self, list(get_subactions()))
        return []

    def _split_lines(self, text, width):
        import textwrap
        return textwrap.wrap(_collapse_ws(text), width)

    def _fill_text(self, text, width, indent):
        import textwrap
        return textwrap.fill(_collapse_ws(text), width, initial_indent=indent, subsequent_indent=indent)

    def _get_help_string(self, action):
        return action.help

    def _get_default_metavar_for_optional(self, action):
        return action.dest.upper()

    def _get_default_metavar_for_positional(self, action):
        return action.dest


class _IndentedList:
    """Iterates subactions with the formatter indented, as CPython's generator does."""

    def __init__(self, formatter, items):
        self.formatter = formatter
        self.items = items

    def __iter__(self):
        self.formatter._indent()
        try:
            for item in self.items:
                yield item
        finally:
            self.formatter._dedent()


class _Section:
    def __init__(self, formatter, parent, heading=None):
        self.formatter = formatter
        self.parent = parent
        self.heading = heading
        self.items = []

    def format_help(self):
        if self.parent is not None:
            self.formatter._indent()
        join = self.formatter._join_parts
        item_help = join([func(*args) for func, args in self.items])
        if self.parent is not None:
            self.formatter._dedent()
        if not item_help:
            return ''
        if self.heading is not SUPPRESS and self.heading is not None:
            heading = '%*s%s:\n' % (self.formatter._current_indent, '', self.heading)
        else:
            heading = ''
        return join(['\n', heading, item_help, '\n'])


class RawDescriptionHelpFormatter(HelpFormatter):
    def _fill_text(self, text, width, indent):
        return ''.join(indent + line for line in text.splitlines(keepends=True))


class RawTextHelpFormatter(RawDescriptionHelpFormatter):
    def _split_lines(self, text, width):
        return text.splitlines()


class ArgumentDefaultsHelpFormatter(HelpFormatter):
    def _get_help_string(self, action):
        help = action.help
        if help is None:
            help = ''
        if '%(default)' not in help:
            if action.default is not SUPPRESS:
                defaulting_nargs = [OPTIONAL, ZERO_OR_MORE]
                if action.option_strings or action.nargs in defaulting_nargs:
                    help += ' (default: %(default)s)'
        return help


class MetavarTypeHelpFormatter(HelpFormatter):
    def _get_default_metavar_for_optional(self, action):
        return action.type.__name__

    def _get_default_metavar_for_positional(self, action):
        return action.type.__name__


# ---------------------------------------------------------------------------
# Actions.
# ---------------------------------------------------------------------------
class Action:
    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None, choices=None,
                 required=False, help=None, metavar=None):
        self.option_strings = option_strings
        self.dest = dest
        self.nargs = nargs
        self.const = const
        self.default = default
        self.type = type
        self.choices = choices
        self.required = required
        self.help = help
        self.metavar = metavar

    def _get_kwargs(self):
        names = ['option_strings', 'dest', 'nargs', 'const', 'default', 'type', 'choices', 'required', 'help',
                 'metavar']
        return [(name, getattr(self, name)) for name in names]

    def __repr__(self):
        return '%s(%s)' % (type(self).__name__, ', '.join('%s=%r' % kv for kv in self._get_kwargs()))

    def format_usage(self):
        return self.option_strings[0]

    def __call__(self, parser, namespace, values, option_string=None):
        raise NotImplementedError('.__call__() not defined')


class _StoreAction(Action):
    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None, choices=None,
                 required=False, help=None, metavar=None):
        if nargs == 0:
            raise ValueError('nargs for store actions must be != 0; if you have nothing to store, actions such as '
                             'store true or store const may be more appropriate')
        if const is not None and nargs != OPTIONAL:
            raise ValueError('nargs must be %r to supply const' % OPTIONAL)
        super().__init__(option_strings, dest, nargs, const, default, type, choices, required, help, metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, values)


class _StoreConstAction(Action):
    def __init__(self, option_strings, dest, const=None, default=None, required=False, help=None, metavar=None):
        super().__init__(option_strings, dest, 0, const, default, None, None, required, help)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, self.const)


class _StoreTrueAction(_StoreConstAction):
    def __init__(self, option_strings, dest, default=False, required=False, help=None):
        super().__init__(option_strings, dest, True, default, required, help)


class _StoreFalseAction(_StoreConstAction):
    def __init__(self, option_strings, dest, default=True, required=False, help=None):
        super().__init__(option_strings, dest, False, default, required, help)


class _AppendAction(Action):
    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None, choices=None,
                 required=False, help=None, metavar=None):
        if nargs == 0:
            raise ValueError('nargs for append actions must be != 0; if arg strings are not supplying the value to '
                             'append, the append const action may be more appropriate')
        super().__init__(option_strings, dest, nargs, const, default, type, choices, required, help, metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        items = getattr(namespace, self.dest, None)
        items = list(items) if items is not None else []
        items.append(values)
        setattr(namespace, self.dest, items)


class _ExtendAction(_AppendAction):
    def __call__(self, parser, namespace, values, option_string=None):
        items = getattr(namespace, self.dest, None)
        items = list(items) if items is not None else []
        items.extend(values)
        setattr(namespace, self.dest, items)


class _AppendConstAction(Action):
    def __init__(self, option_strings, dest, const=None, default=None, required=False, help=None, metavar=None):
        super().__init__(option_strings, dest, 0, const, default, None, None, required, help, metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        items = getattr(namespace, self.dest, None)
        items = list(items) if items is not None else []
        items.append(self.const)
        setattr(namespace, self.dest, items)


class _CountAction(Action):
    def __init__(self, option_strings, dest, default=None, required=False, help=None):
        super().__init__(option_strings, dest, 0, None, default, None, None, required, help)

    def __call__(self, parser, namespace, values, option_string=None):
        count = getattr(namespace, self.dest, None)
        if count is None:
            count = 0
        setattr(namespace, self.dest, count + 1)


class _HelpAction(Action):
    def __init__(self, option_strings, dest=SUPPRESS, default=SUPPRESS, help=None):
        super().__init__(option_strings, dest, 0, None, default, None, None, False, help)

    def __call__(self, parser, namespace, values, option_string=None):
        parser.print_help()
        parser.exit()


class _VersionAction(Action):
    def __init__(self, option_strings, version=None, dest=SUPPRESS, default=SUPPRESS,
                 help="show program's version number and exit"):
        super().__init__(option_strings, dest, 0, None, default, None, None, False, help)
        self.version = version

    def __call__(self, parser, namespace, values, option_string=None):
        version = self.version
        if version is None:
            version = parser.version
        formatter = parser._get_formatter()
        formatter.add_text(version)
        parser._print_message(formatter.format_help(), _sys.stdout)
        parser.exit()


class BooleanOptionalAction(Action):
    def __init__(self, option_strings, dest, default=None, type=None, choices=None, required=False, help=None,
                 metavar=None):
        _option_strings = []
        for option_string in option_strings:
            _option_strings.append(option_string)
            if option_string.startswith('--'):
                _option_strings.append('--no-' + option_string[2:])
        if help is not None and default is not None and default is not SUPPRESS:
            help += ' (default: %(default)s)'
        super().__init__(_option_strings, dest, 0, None, default, type, choices, required, help, metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        if option_string in self.option_strings:
            setattr(namespace, self.dest, not option_string.startswith('--no-'))

    def format_usage(self):
        return ' | '.join(self.option_strings)


class _ChoicesPseudoAction(Action):
    def __init__(self, name, aliases, help):
        metavar = dest = name
        if aliases:
            metavar += ' (%s)' % ', '.join(aliases)
        super().__init__([], dest, help=help, metavar=metavar)


class _SubParsersAction(Action):
    def __init__(self, option_strings, prog, parser_class, dest=SUPPRESS, required=False, help=None, metavar=None):
        self._prog_prefix = prog
        self._parser_class = parser_class
        self._name_parser_map = {}
        self._choices_actions = []
        super().__init__(option_strings, dest, PARSER, None, None, None, self._name_parser_map, required, help,
                         metavar)

    def add_parser(self, name, **kwargs):
        if kwargs.get('prog') is None:
            kwargs['prog'] = '%s %s' % (self._prog_prefix, name)
        aliases = kwargs.pop('aliases', ())
        if name in self._name_parser_map:
            raise ArgumentError(self, 'conflicting subparser: %s' % name)
        if 'help' in kwargs:
            help = kwargs.pop('help')
            self._choices_actions.append(_ChoicesPseudoAction(name, aliases, help))
        parser = self._parser_class(**kwargs)
        self._name_parser_map[name] = parser
        for alias in aliases:
            self._name_parser_map[alias] = parser
        return parser

    def _get_subactions(self):
        return self._choices_actions

    def __call__(self, parser, namespace, values, option_string=None):
        parser_name = values[0]
        arg_strings = values[1:]
        if self.dest is not SUPPRESS:
            setattr(namespace, self.dest, parser_name)
        try:
            subparser = self._name_parser_map[parser_name]
        except KeyError:
            args = {'parser_name': parser_name, 'choices': ', '.join(self._name_parser_map)}
            msg = 'unknown parser %(parser_name)r (choices: %(choices)s)' % args
            raise ArgumentError(self, msg) from None
        subnamespace, arg_strings = subparser.parse_known_args(arg_strings, None)
        for key, value in vars(subnamespace).items():
            setattr(namespace, key, value)
        if arg_strings:
            if not hasattr(namespace, '_UNRECOGNIZED_ARGS_ATTR'):
                namespace._UNRECOGNIZED_ARGS_ATTR = []
            namespace._UNRECOGNIZED_ARGS_ATTR.extend(arg_strings)


class FileType:
    def __init__(self, mode='r', bufsize=-1, encoding=None, errors=None):
        self._mode = mode
        self._bufsize = bufsize
        self._encoding = encoding
        self._errors = errors

    def __call__(self, string):
        if string == '-':
            if 'r' in self._mode:
                return _sys.stdin
            if any(c in self._mode for c in 'wax'):
                return _sys.stdout
            raise ValueError('argument "-" with mode %r' % self._mode)
        try:
            return open(string, self._mode, self._bufsize, self._encoding, self._errors)
        except OSError as e:
            raise ArgumentTypeError("can't open '%s': %s" % (string, e))

    def __repr__(self):
        args = self._mode, self._bufsize
        kwargs = [('encoding', self._encoding), ('errors', self._errors)]
        args_str = ', '.join([repr(arg) for arg in args if arg != -1] +
                             ['%s=%r' % (kw, arg) for kw, arg in kwargs if arg is not None])
        return '%s(%s)' % (type(self).__name__, args_str)


_ACTIONS = {None: _StoreAction, 'store': _StoreAction, 'store_const': _StoreConstAction,
            'store_true': _StoreTrueAction, 'store_false': _StoreFalseAction, 'append': _AppendAction,
            'append_const': _AppendConstAction, 'count': _CountAction, 'help': _HelpAction,
            'version': _VersionAction, 'parsers': _SubParsersAction, 'extend': _ExtendAction}


class _ActionsContainer:
    def __init__(self, description, prefix_chars, argument_default, conflict_handler):
        self.description = description
        self.argument_default = argument_default
        self.prefix_chars = prefix_chars
        self.conflict_handler = conflict_handler
        self._actions = []
        self._option_string_actions = {}
        self._action_groups = []
        self._mutually_exclusive_groups = []
        self._defaults = {}
        self._has_negative_number_optionals = []

    def set_defaults(self, **kwargs):
        self._defaults.update(kwargs)
        for action in self._actions:
            if action.dest in kwargs:
                action.default = kwargs[action.dest]

    def get_default(self, dest):
        for action in self._actions:
            if action.dest == dest and action.default is not None:
                return action.default
        return self._defaults.get(dest, None)

    def add_argument(self, *args, **kwargs):
        chars = self.prefix_chars
        if not args or len(args) == 1 and args[0][0] not in chars:
            if args and 'dest' in kwargs:
                raise ValueError('dest supplied twice for positional argument')
            kwargs = self._get_positional_kwargs(*args, **kwargs)
        else:
            kwargs = self._get_optional_kwargs(*args, **kwargs)
        if 'default' not in kwargs:
            dest = kwargs['dest']
            if dest in self._defaults:
                kwargs['default'] = self._defaults[dest]
            elif self.argument_default is not None:
                kwargs['default'] = self.argument_default
        action_name = kwargs.pop('action', None)
        action_class = _ACTIONS.get(action_name, action_name) if isinstance(action_name, (str, type(None))) \
            else action_name
        if not callable(action_class):
            raise ValueError('unknown action "%s"' % (action_class,))
        action = action_class(**kwargs)
        type_func = action.type
        if type_func is not None and not callable(type_func):
            raise ValueError('%r is not callable' % (type_func,))
        return self._add_action(action)

    def add_argument_group(self, *args, **kwargs):
        group = _ArgumentGroup(self, *args, **kwargs)
        self._action_groups.append(group)
        return group

    def add_mutually_exclusive_group(self, **kwargs):
        group = _MutuallyExclusiveGroup(self, **kwargs)
        self._mutually_exclusive_groups.append(group)
        return group

    def _add_action(self, action):
        for option_string in action.option_strings:
            if option_string in self._option_string_actions:
                raise ArgumentError(action, 'conflicting option string: %s' % option_string)
        self._actions.append(action)
        action.container = self
        for option_string in action.option_strings:
            self._option_string_actions[option_string] = action
        return action

    def _get_positional_kwargs(self, dest, **kwargs):
        if 'required' in kwargs:
            raise TypeError("'required' is an invalid argument for positionals")
        if kwargs.get('nargs') not in [OPTIONAL, ZERO_OR_MORE]:
            kwargs['required'] = True
        if kwargs.get('nargs') == ZERO_OR_MORE and 'default' not in kwargs:
            kwargs['required'] = True
        return dict(kwargs, dest=dest, option_strings=[])

    def _get_optional_kwargs(self, *args, **kwargs):
        option_strings = []
        long_option_strings = []
        for option_string in args:
            if not option_string[0] in self.prefix_chars:
                raise ValueError('invalid option string %r: must start with a character %r'
                                 % (option_string, self.prefix_chars))
            option_strings.append(option_string)
            if len(option_string) > 1 and option_string[1] in self.prefix_chars:
                long_option_strings.append(option_string)
        dest = kwargs.pop('dest', None)
        if dest is None:
            if long_option_strings:
                dest_option_string = long_option_strings[0]
            else:
                dest_option_string = option_strings[0]
            dest = dest_option_string.lstrip(self.prefix_chars)
            if not dest:
                raise ValueError('dest= is required for options like %r' % option_string)
            dest = dest.replace('-', '_')
        return dict(kwargs, dest=dest, option_strings=option_strings)


class _ArgumentGroup(_ActionsContainer):
    def __init__(self, container, title=None, description=None, **kwargs):
        super().__init__(description, container.prefix_chars, container.argument_default,
                         container.conflict_handler)
        self.title = title
        self._group_actions = []
        self._container = container
        self._actions = container._actions
        self._defaults = container._defaults
        self._option_string_actions = container._option_string_actions
        self._mutually_exclusive_groups = container._mutually_exclusive_groups
        self._has_negative_number_optionals = container._has_negative_number_optionals

    def _add_action(self, action):
        action = _ActionsContainer._add_action(self, action)
        self._group_actions.append(action)
        return action


class _MutuallyExclusiveGroup(_ArgumentGroup):
    def __init__(self, container, required=False):
        super().__init__(container)
        self.required = required
        self._container = container

    def _add_action(self, action):
        if action.required:
            raise ValueError('mutually exclusive arguments must be optional')
        action = self._container._add_action(action)
        self._group_actions.append(action)
        return action


class ArgumentParser(_ActionsContainer):
    def __init__(self, prog=None, usage=None, description=None, epilog=None, parents=[], formatter_class=HelpFormatter,
                 prefix_chars='-', fromfile_prefix_chars=None, argument_default=None, conflict_handler='error',
                 add_help=True, allow_abbrev=True, exit_on_error=True):
        super().__init__(description, prefix_chars, argument_default, conflict_handler)
        if prog is None:
            prog = _os.path.basename(_sys.argv[0]) if _sys.argv and _sys.argv[0] else 'prog'
        self.prog = prog
        self.usage = usage
        self.epilog = epilog
        self.formatter_class = formatter_class
        self.fromfile_prefix_chars = fromfile_prefix_chars
        self.add_help = add_help
        self.allow_abbrev = allow_abbrev
        self.exit_on_error = exit_on_error
        self._positionals = self.add_argument_group('positional arguments')
        self._optionals = self.add_argument_group('options')
        self._subparsers = None
        if add_help:
            default_prefix = '-' if '-' in prefix_chars else prefix_chars[0]
            self.add_argument(default_prefix + 'h', default_prefix * 2 + 'help', action='help', default=SUPPRESS,
                              help='show this help message and exit')
        for parent in parents:
            for action in parent._actions:
                if not isinstance(action, _HelpAction):
                    self._add_action(action)
            self._defaults.update(parent._defaults)

    def _add_action(self, action):
        if action.option_strings:
            self._optionals._add_action(action)
        else:
            self._positionals._add_action(action)
        return action

    def add_subparsers(self, **kwargs):
        if self._subparsers is not None:
            self.error('cannot have multiple subparser arguments')
        kwargs.setdefault('parser_class', type(self))
        if 'title' in kwargs or 'description' in kwargs:
            title = kwargs.pop('title', 'subcommands')
            description = kwargs.pop('description', None)
            self._subparsers = self.add_argument_group(title, description)
        else:
            self._subparsers = self._positionals
        if kwargs.get('prog') is None:
            formatter = self._get_formatter()
            positionals = self._get_positional_actions()
            groups = self._mutually_exclusive_groups
            formatter.add_usage(self.usage, positionals, groups, '')
            kwargs['prog'] = formatter.format_help().strip()
        action = _SubParsersAction(option_strings=[], **kwargs)
        self._subparsers._add_action(action)
        return action

    def _get_optional_actions(self):
        return [action for action in self._actions if action.option_strings]

    def _get_positional_actions(self):
        return [action for action in self._actions if not action.option_strings]

    # ---- parsing ----
    def parse_args(self, args=None, namespace=None):
        args, argv = self.parse_known_args(args, namespace)
        if argv:
            self.error('unrecognized arguments: %s' % ' '.join(argv))
        return args

    def parse_known_args(self, args=None, namespace=None):
        if args is None:
            args = _sys.argv[1:]
        else:
            args = list(args)
        if namespace is None:
            namespace = Namespace()
        for action in self._actions:
            if action.dest is not SUPPRESS:
                if not hasattr(namespace, action.dest):
                    if action.default is not SUPPRESS:
                        setattr(namespace, action.dest, action.default)
        for dest in self._defaults:
            if not hasattr(namespace, dest):
                setattr(namespace, dest, self._defaults[dest])
        if self.exit_on_error:
            try:
                namespace, args = self._parse_known_args(args, namespace)
            except ArgumentError as err:
                self.error(str(err))
        else:
            namespace, args = self._parse_known_args(args, namespace)
        if hasattr(namespace, '_UNRECOGNIZED_ARGS_ATTR'):
            args.extend(getattr(namespace, '_UNRECOGNIZED_ARGS_ATTR'))
            delattr(namespace, '_UNRECOGNIZED_ARGS_ATTR')
        return namespace, args

    def _match_option(self, arg):
        """(action, option_string, explicit_arg) for an option-looking arg, or None for a positional."""
        if not arg or arg[0] not in self.prefix_chars:
            return None
        if arg in self._option_string_actions:
            return self._option_string_actions[arg], arg, None
        if len(arg) == 1:
            return None
        if '=' in arg:
            option_string, explicit_arg = arg.split('=', 1)
            if option_string in self._option_string_actions:
                return self._option_string_actions[option_string], option_string, explicit_arg
        if self.allow_abbrev or not (len(arg) > 1 and arg[1] in self.prefix_chars):
            matches = self._prefix_matches(arg)
            if len(matches) > 1:
                options = ', '.join([option_string for action, option_string, explicit_arg in matches])
                raise ArgumentError(None, 'ambiguous option: %s could match %s' % (arg, options))
            if len(matches) == 1:
                return matches[0]
        if self._looks_negative(arg) and not self._has_negative_number_optionals:
            return None
        if ' ' in arg:
            return None
        return None, arg, None

    @staticmethod
    def _looks_negative(arg):
        try:
            float(arg)
            return arg.startswith('-')
        except ValueError:
            return False

    def _prefix_matches(self, arg):
        result = []
        chars = self.prefix_chars
        if arg[0] in chars and len(arg) > 1 and arg[1] in chars:
            if '=' in arg:
                prefix, explicit_arg = arg.split('=', 1)
            else:
                prefix, explicit_arg = arg, None
            if self.allow_abbrev:
                for option_string in self._option_string_actions:
                    if option_string.startswith(prefix):
                        result.append((self._option_string_actions[option_string], option_string, explicit_arg))
        elif arg[0] in chars:
            short_option_prefix = arg[:2]
            short_explicit_arg = arg[2:]
            for option_string in self._option_string_actions:
                if option_string == short_option_prefix:
                    result.append((self._option_string_actions[option_string], option_string, short_explicit_arg))
                elif self.allow_abbrev and option_string.startswith(arg):
                    result.append((self._option_string_actions[option_string], option_string, None))
        return result

    def _parse_known_args(self, arg_strings, namespace):
        # Classify every argument: 'O' option, 'A' argument, '-' the '--' marker.
        kinds = []
        options = {}
        after_dashdash = False
        for i, arg in enumerate(arg_strings):
            if after_dashdash:
                kinds.append('A')
                continue
            if arg == '--':
                kinds.append('-')
                after_dashdash = True
                continue
            match = self._match_option(arg)
            if match is None:
                kinds.append('A')
            else:
                options[i] = match
                kinds.append('O')
        seen_actions = set()
        seen_non_default = set()
        extras = []
        conflicts = {}
        for group in self._mutually_exclusive_groups:
            for action in group._group_actions:
                conflicts.setdefault(action, []).extend(a for a in group._group_actions if a is not action)

        def take(action, values, option_string=None):
            seen_actions.add(action)
            value = self._get_values(action, values)
            if value is not action.default:
                seen_non_default.add(action)
                for conflict in conflicts.get(action, ()):
                    if conflict in seen_non_default:
                        raise ArgumentError(action, 'not allowed with argument %s' % _get_action_name(conflict))
            if value is not SUPPRESS:
                action(self, namespace, value, option_string)

        positionals = self._get_positional_actions()
        i = 0
        n = len(arg_strings)
        pending_args = []  # positional strings collected before the next option

        def consume_positionals(strings, final):
            # Fill positionals greedily from the front, leaving at least the minimum for the rest.
            idx = 0
            while positionals:
                action = positionals[0]
                remaining_min = sum(_min_args(a) for a in positionals[1:])
                avail = len(strings) - idx
                count = _positional_count(action, avail, remaining_min, final or True)
                if count is None:
                    break
                if action.nargs == PARSER or action.nargs == REMAINDER:
                    count = avail
                if count == 0 and action.nargs not in (OPTIONAL, ZERO_OR_MORE) and not \
                        isinstance(action.nargs, int):
                    break
                if not final and count == avail and action.nargs in (OPTIONAL, ZERO_OR_MORE) and avail == 0:
                    break
                values = strings[idx:idx + count]
                idx += count
                positionals.pop(0)
                take(action, values)
                if action.nargs == PARSER:
                    return []
            return strings[idx:]

        while i < n:
            kind = kinds[i]
            if kind == '-':
                rest = [arg_strings[k] for k in range(i + 1, n)]
                pending_args.extend(rest)
                i = n
                break
            if kind == 'A':
                pending_args.append(arg_strings[i])
                if positionals and positionals[0].nargs in (PARSER, REMAINDER) and \
                        len(pending_args) > sum(_min_args(a) for a in positionals[1:]):
                    leftover = consume_positionals(pending_args[:-1], False) if len(pending_args) > 1 else []
                    pending_args = leftover + [arg_strings[i]] + [arg_strings[k] for k in range(i + 1, n)]
                    i = n
                    break
                i += 1
                continue
            # An option: first hand the collected strings to the positionals that fit.
            if pending_args:
                leftover = consume_positionals(pending_args, False)
                extras.extend(leftover)
                pending_args = []
            action, option_string, explicit_arg = options[i]
            i += 1
            if action is None:
                extras.append(option_string)
                continue
            while True:
                if explicit_arg is not None and action.nargs == 0 and option_string[1] not in self.prefix_chars \
                        and explicit_arg != '':
                    # Combined short flags: -abc.
                    take(action, [], option_string)
                    char = option_string[0]
                    option_string = char + explicit_arg[0]
                    new_explicit = explicit_arg[1:] or None
                    if option_string in self._option_string_actions:
                        action = self._option_string_actions[option_string]
                        explicit_arg = new_explicit
                        continue
                    raise ArgumentError(action, 'ignored explicit argument %r' % explicit_arg)
                if explicit_arg is not None:
                    if action.nargs == 0:
                        raise ArgumentError(action, 'ignored explicit argument %r' % explicit_arg)
                    if action.nargs in (None, OPTIONAL) or action.nargs == 1 or action.nargs in (ONE_OR_MORE, ZERO_OR_MORE):
                        take(action, [explicit_arg], option_string)
                    else:
                        raise ArgumentError(action, _nargs_error(action.nargs))
                    break
                # Arguments following the option.
                j = i
                while j < n and kinds[j] == 'A':
                    j += 1
                avail = j - i
                count = _option_count(action, avail)
                if count is None:
                    raise ArgumentError(action, _nargs_error(action.nargs))
                take(action, arg_strings[i:i + count], option_string)
                i += count
                break
        if pending_args or positionals:
            leftover = consume_positionals(pending_args, True)
            extras.extend(leftover)
        required_actions = []
        for action in self._actions:
            if action not in seen_actions:
                if action.required:
                    required_actions.append(_get_action_name(action))
                elif action.default is not None and isinstance(action.default, str) and \
                        hasattr(namespace, action.dest) and action.default is getattr(namespace, action.dest):
                    setattr(namespace, action.dest, self._get_value(action, action.default))
        if required_actions:
            raise ArgumentError(None, 'the following arguments are required: %s' % ', '.join(required_actions))
        for group in self._mutually_exclusive_groups:
            if group.required:
                for action in group._group_actions:
                    if action in seen_non_default:
                        break
                else:
                    names = [_get_action_name(action) for action in group._group_actions if action.help is not SUPPRESS]
                    raise ArgumentError(None, 'one of the arguments %s is required' % ' '.join(names))
        return namespace, extras

    def _get_values(self, action, arg_strings):
        if action.nargs not in [PARSER, REMAINDER]:
            try:
                arg_strings.remove('--')
            except ValueError:
                pass
        if not arg_strings and action.nargs == OPTIONAL:
            if action.option_strings:
                value = action.const
            else:
                value = action.default
            if isinstance(value, str):
                value = self._get_value(action, value)
                self._check_value(action, value)
        elif not arg_strings and action.nargs == ZERO_OR_MORE and not action.option_strings:
            if action.default is not None:
                value = action.default
            else:
                value = arg_strings
            self._check_value(action, value)
        elif len(arg_strings) == 1 and action.nargs in [None, OPTIONAL]:
            arg_string, = arg_strings
            value = self._get_value(action, arg_string)
            self._check_value(action, value)
        elif action.nargs == REMAINDER:
            value = [self._get_value(action, v) for v in arg_strings]
        elif action.nargs == PARSER:
            value = [self._get_value(action, v) for v in arg_strings]
            self._check_value(action, value[0])
        elif action.nargs == SUPPRESS:
            value = SUPPRESS
        else:
            value = [self._get_value(action, v) for v in arg_strings]
            for v in value:
                self._check_value(action, v)
        return value

    def _get_value(self, action, arg_string):
        type_func = action.type
        if type_func is None:
            return arg_string
        try:
            return type_func(arg_string)
        except ArgumentTypeError as err:
            raise ArgumentError(action, str(err))
        except (TypeError, ValueError):
            name = getattr(action.type, '__name__', repr(action.type))
            raise ArgumentError(action, 'invalid %s value: %r' % (name, arg_string))

    def _check_value(self, action, value):
        if action.choices is not None and value not in action.choices:
            args = {'value': value, 'choices': ', '.join(map(repr, action.choices))}
            raise ArgumentError(action, 'invalid choice: %(value)r (choose from %(choices)s)' % args)

    # ---- help ----
    def format_usage(self):
        formatter = self._get_formatter()
        formatter.add_usage(self.usage, self._actions, self._mutually_exclusive_groups)
        return formatter.format_help()

    def format_help(self):
        formatter = self._get_formatter()
        formatter.add_usage(self.usage, self._actions, self._mutually_exclusive_groups)
        formatter.add_text(self.description)
        for action_group in self._action_groups:
            formatter.start_section(action_group.title)
            formatter.add_text(action_group.description)
            formatter.add_arguments(action_group._group_actions)
            formatter.end_section()
        formatter.add_text(self.epilog)
        return formatter.format_help()

    def _get_formatter(self):
        return self.formatter_class(prog=self.prog)

    def print_usage(self, file=None):
        if file is None:
            file = _sys.stdout
        self._print_message(self.format_usage(), file)

    def print_help(self, file=None):
        if file is None:
            file = _sys.stdout
        self._print_message(self.format_help(), file)

    def _print_message(self, message, file=None):
        if message:
            if file is None:
                file = _sys.stderr
            file.write(message)

    def exit(self, status=0, message=None):
        if message:
            self._print_message(message, _sys.stderr)
        _sys.exit(status)

    def error(self, message):
        self.print_usage(_sys.stderr)
        self.exit(2, '%(prog)s: error: %(message)s\n' % {'prog': self.prog, 'message': message})


def _min_args(action):
    nargs = action.nargs
    if nargs is None:
        return 1
    if nargs in (OPTIONAL, ZERO_OR_MORE, REMAINDER):
        return 0
    if nargs in (ONE_OR_MORE, PARSER):
        return 1
    if nargs == SUPPRESS:
        return 0
    return nargs


def _positional_count(action, avail, remaining_min, final):
    nargs = action.nargs
    spare = avail - remaining_min
    if nargs is None:
        return 1 if avail >= 1 else None
    if nargs == OPTIONAL:
        return 1 if spare >= 1 else 0
    if nargs == ZERO_OR_MORE:
        return max(spare, 0)
    if nargs == ONE_OR_MORE:
        return max(spare, 1) if avail >= 1 else None
    if nargs in (REMAINDER, PARSER):
        return avail if avail >= _min_args(action) else None
    if isinstance(nargs, int):
        return nargs if avail >= nargs else None
    return None


def _option_count(action, avail):
    nargs = action.nargs
    if nargs is None:
        return 1 if avail >= 1 else None
    if nargs == OPTIONAL:
        return 1 if avail >= 1 else 0
    if nargs == ZERO_OR_MORE:
        return avail
    if nargs == ONE_OR_MORE:
        return avail if avail >= 1 else None
    if nargs == REMAINDER or nargs == PARSER:
        return avail
    if nargs == SUPPRESS:
        return 0
    return nargs if avail >= nargs else None


def _nargs_error(nargs):
    if nargs is None:
        return 'expected one argument'
    if nargs == OPTIONAL:
        return 'expected at most one argument'
    if nargs == ONE_OR_MORE:
        return 'expected at least one argument'
    return 'expected %s argument%s' % (nargs, 's' if nargs != 1 else '')
