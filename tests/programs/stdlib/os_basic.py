# os and os.path: files and directories, stat, walk, scandir, environ, errors, and the path functions.
import os
import os.path
import posixpath
import stat

base = os.path.join(os.getcwd(), 'work')
os.mkdir(base)
os.chdir(base)
print(os.getcwd() == base, os.listdir(), os.listdir('.'))
os.makedirs('a/b/c')
os.makedirs('a/b/c', exist_ok=True)
try:
    os.makedirs('a/b/c')
except FileExistsError as e:
    print('FileExistsError', e.errno, e.filename, e)
with open('a/one.txt', 'w') as f:
    f.write('12345')
with open('a/b/two.txt', 'w') as f:
    f.write('x' * 100)
print(sorted(os.listdir('a')), os.path.getsize('a/one.txt'), os.path.getsize('a/b/two.txt'))
st = os.stat('a/one.txt')
print(st.st_size, stat.S_ISREG(st.st_mode), stat.S_ISDIR(st.st_mode), stat.S_ISDIR(os.stat('a').st_mode),
      len(st), st[6], type(st.st_mtime).__name__, st.st_mtime_ns // 10**9 == st[8], stat.filemode(0o100644),
      stat.filemode(0o40755), stat.filemode(0o104755))
os.chmod('a/one.txt', 0o600)
print(oct(stat.S_IMODE(os.stat('a/one.txt').st_mode)))
for root, dirs, files in os.walk('a'):
    dirs.sort()
    print(root, dirs, sorted(files))
for root, dirs, files in os.walk('a', topdown=False):
    print(root, sorted(dirs), sorted(files))
entries = sorted(os.scandir('a'), key=lambda e: e.name)
for e in entries:
    print(e.name, e.path, e.is_dir(), e.is_file(), e.is_symlink(), repr(e), os.fspath(e))
with os.scandir() as it:
    print(sorted(e.name for e in it))
os.symlink('one.txt', 'a/link')
print(os.path.islink('a/link'), os.readlink('a/link'), os.path.realpath('a/link') == os.path.join(base, 'a/one.txt'),
      os.path.exists('a/link'), os.path.lexists('a/link'))
os.rename('a/one.txt', 'a/uno.txt')
print(os.path.exists('a/one.txt'), os.path.exists('a/uno.txt'), os.path.exists('a/link'), os.path.lexists('a/link'))
os.replace('a/uno.txt', 'a/b/two.txt')
print(open('a/b/two.txt').read())
for bad in [lambda: os.remove('missing'), lambda: os.rmdir('a'), lambda: os.listdir('missing'),
            lambda: os.rename('missing', 'other'), lambda: os.mkdir('a'), lambda: os.chdir('missing'),
            lambda: os.stat('missing'), lambda: os.unlink('a'), lambda: os.readlink('a')]:
    try:
        bad()
    except OSError as e:
        print(type(e).__name__, e.errno, e.filename, e.filename2, e)
os.remove('a/link')
os.unlink('a/b/two.txt')
os.removedirs('a/b/c')
print(os.listdir('.'), os.path.isdir('a'))

os.environ['TAIPAN_TEST_VAR'] = 'value 1'
print(os.environ['TAIPAN_TEST_VAR'], os.getenv('TAIPAN_TEST_VAR'), os.getenv('NOPE_NOT_SET'), os.getenv('NOPE', 'dflt'),
      'TAIPAN_TEST_VAR' in os.environ, os.environ.get('NOPE_NOT_SET', 'd'))
os.system('echo "from the shell: $TAIPAN_TEST_VAR"')
del os.environ['TAIPAN_TEST_VAR']
print('TAIPAN_TEST_VAR' in os.environ, os.getenv('TAIPAN_TEST_VAR'))
try:
    os.environ['NOPE_NOT_SET']
except KeyError as e:
    print('KeyError', e)
try:
    os.environ['X'] = 1
except TypeError as e:
    print('TypeError', e)
print(type(os.getpid()).__name__, os.cpu_count() >= 1, len(os.urandom(16)), os.sep, repr(os.linesep), os.curdir,
      os.pardir, os.pathsep, os.name, os.devnull, os.extsep, os.altsep)
print(os.fspath('x'), os.fspath(b'y'), os.fsencode('é'), os.fsdecode(b'\xc3\xa9'))
try:
    os.fspath(3)
except TypeError as e:
    print('TypeError', e)


class P:
    def __fspath__(self):
        return 'from-fspath'


print(os.fspath(P()), isinstance(P(), os.PathLike), isinstance('x', os.PathLike), os.path.join(P(), 'q'))
fd = os.open('raw.bin', os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
print(os.write(fd, b'raw bytes here'))
os.close(fd)
fd = os.open('raw.bin', os.O_RDONLY)
print(os.read(fd, 3), os.lseek(fd, 4, os.SEEK_SET), os.read(fd, 100), os.read(fd, 10))
os.close(fd)
r, w = os.pipe()
os.write(w, b'through the pipe')
os.close(w)
print(os.read(r, 100))
os.close(r)
os.truncate('raw.bin', 3)
print(open('raw.bin', 'rb').read(), os.access('raw.bin', os.R_OK), os.access('missing', os.F_OK))

pj = os.path.join
print(pj('a', 'b', 'c'), pj('/a', '/b', 'c'), pj('a/', 'b'), pj('', 'x'), pj('a', ''), pj(b'a', b'b'))
try:
    pj('a', b'b')
except TypeError as e:
    print('TypeError', e)
for p in ['', '/', '//', '///', 'a', 'a/', '/a/b', 'a/b/', '/a/b/c.txt', 'a.b.c', '.bashrc', '..', '../x.y', '//a//b//',
          'a/./b/../c', '/../x', '../../a/./b', 'x/..', '.', './.', '...', 'a..b', '/.hidden.tar.gz']:
    print(repr(p), os.path.split(p), os.path.splitext(p), repr(os.path.basename(p)), repr(os.path.dirname(p)),
          repr(os.path.normpath(p)), os.path.isabs(p))
print(os.path.abspath('x') == pj(base, 'x'), os.path.abspath('/a/../b'), os.path.relpath('/a/b/c', '/a/x'),
      os.path.relpath('/a', '/a'), os.path.relpath(pj(base, 'q/r')), os.path.commonprefix(['/usr/lib', '/usr/local']),
      os.path.commonpath(['/usr/lib', '/usr/local/x']), os.path.commonpath(['a/b', 'a/c']))
for bad in [lambda: os.path.commonpath([]), lambda: os.path.commonpath(['/a', 'b']), lambda: os.path.relpath('')]:
    try:
        bad()
    except ValueError as e:
        print('ValueError', e)
os.environ['HOME'] = '/home/tester'
os.environ['FOO'] = 'bar'
print(os.path.expanduser('~'), os.path.expanduser('~/x'), os.path.expanduser('x~'), os.path.expandvars('$FOO/${FOO}/$NOPE_X/$'),
      os.path.splitdrive('/a/b'), os.path.normcase('/A/b'), posixpath.join('p', 'q'), posixpath is not None)
print(os.path.exists(base), os.path.isdir(base), os.path.isfile(base), os.path.exists(''), os.path.ismount('/'),
      os.path.samefile('.', base))
