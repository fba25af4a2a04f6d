# logging: levels, logger hierarchy and propagation, handlers with formatters (%, {, $ styles), filters, adapters,
# basicConfig to stdout, FileHandler, disable, level names, and the records' attributes.
import io
import logging
import sys

stream = io.StringIO()
handler = logging.StreamHandler(stream)
handler.setFormatter(logging.Formatter('%(levelname)s|%(name)s|%(message)s'))
app = logging.getLogger('app')
app.addHandler(handler)
app.setLevel(logging.DEBUG)
app.debug('debug %s', 'msg')
app.info('info %d items', 3)
app.warning('warn')
app.error('error %(x)s', {'x': 'dict arg'})
app.critical('critical')
app.log(25, 'custom level')
db = logging.getLogger('app.db')
db.info('child propagates')
db.propagate = False
db.info('not shown')
db.propagate = True
print(stream.getvalue(), end='')
print(app.getEffectiveLevel(), db.getEffectiveLevel(), db.parent is app, logging.getLogger('app.db') is db,
      app.isEnabledFor(logging.DEBUG), db.level, logging.getLogger().level, app.hasHandlers(), repr(app), repr(db),
      app.getChild('x').name, logging.getLogger() is logging.root, repr(logging.root))
for style, fmt in [('{', '{levelname:<8}{name}:{message}'), ('$', '$levelname-$name-${message}'),
                   ('%', '%(levelno)d %(levelname)s %(message)s')]:
    s = io.StringIO()
    h = logging.StreamHandler(s)
    h.setFormatter(logging.Formatter(fmt, style=style))
    lg = logging.getLogger('styles.' + style)
    lg.addHandler(h)
    lg.propagate = False
    lg.warning('styled %s', style)
    print(s.getvalue(), end='')


class OnlyOdd(logging.Filter):
    def filter(self, record):
        return record.args[0] % 2 == 1


s = io.StringIO()
h = logging.StreamHandler(s)
lg = logging.getLogger('filtered')
lg.addHandler(h)
lg.propagate = False
lg.addFilter(OnlyOdd())
for i in range(5):
    lg.warning('n=%d', i)
h.addFilter(lambda record: 'skip' not in record.getMessage())
lg.warning('skip %d', 1)
lg.warning('keep %d', 3)
print(s.getvalue(), end='')
nf = logging.Filter('a.b')
print(nf.filter(logging.makeLogRecord({'name': 'a.b.c'})), nf.filter(logging.makeLogRecord({'name': 'a.bc'})),
      nf.filter(logging.makeLogRecord({'name': 'a.b'})), logging.Filter().filter(logging.makeLogRecord({'name': 'x'})))
s = io.StringIO()
h = logging.StreamHandler(s)
h.setFormatter(logging.Formatter('%(user)s: %(message)s'))
lg = logging.getLogger('adapted')
lg.addHandler(h)
lg.propagate = False
adapter = logging.LoggerAdapter(lg, {'user': 'ann'})
adapter.warning('hello %s', 'world')
lg.warning('extra', extra={'user': 'bob'})
print(s.getvalue(), end='', flush=True)
print(repr(adapter), adapter.name)
try:
    lg.warning('bad', extra={'message': 1})
except KeyError as e:
    print('KeyError', e)
s = io.StringIO()
h = logging.StreamHandler(s)
lg = logging.getLogger('exc')
lg.addHandler(h)
lg.propagate = False
h.setLevel(logging.ERROR)
lg.warning('below handler level')
lg.error('at handler level')
print(s.getvalue(), end='')
print(logging.getLevelName(10), logging.getLevelName('INFO'), logging.getLevelName(33), logging.WARN, logging.FATAL)
logging.addLevelName(33, 'NOTICE')
print(logging.getLevelName(33), logging.getLevelName('NOTICE'))
for bad in ['LOUD', 1.5]:
    try:
        logging.getLogger('x').setLevel(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
logging.basicConfig(stream=sys.stdout, level=logging.INFO, format='%(levelname)s:%(name)s:%(message)s')
logging.info('root info')
logging.debug('root debug hidden')
logging.getLogger('app2').warning('via root handler')
logging.basicConfig(level=logging.DEBUG)
logging.debug('still hidden: basicConfig ran once')
logging.basicConfig(stream=sys.stdout, level=logging.DEBUG, format='[%(name)s] %(message)s', force=True)
logging.debug('after force')
logging.disable(logging.WARNING)
logging.warning('disabled')
logging.error('error passes disable(WARNING)')
logging.disable(logging.NOTSET)
fh = logging.FileHandler('out.log', mode='w')
fh.setFormatter(logging.Formatter('%(levelname)s %(message)s'))
lg = logging.getLogger('file')
lg.addHandler(fh)
lg.propagate = False
lg.warning('to the file')
lg.error('second line')
fh.close()
print(open('out.log').read(), end='')
rec = logging.makeLogRecord({'msg': 'hi %s', 'args': ('there',), 'levelno': 20, 'levelname': 'INFO'})
print(rec.getMessage(), rec.msg, rec.levelname, logging.Formatter('%(message)s').format(rec))
try:
    raise ValueError('boom')
except ValueError:
    s = io.StringIO()
    h = logging.StreamHandler(s)
    h.setFormatter(logging.Formatter('%(message)s'))
    lg = logging.getLogger('exc2')
    lg.addHandler(h)
    lg.propagate = False
    lg.exception('caught')
    print(s.getvalue().splitlines()[0], s.getvalue().splitlines()[-1])
