# fnmatch, glob (hidden files, recursive **, root_dir, escape), shutil (copy*, copytree with ignore, rmtree, move,
# which, errors) and tempfile (mkstemp, mkdtemp, NamedTemporaryFile, TemporaryFile, TemporaryDirectory).
import fnmatch
import glob
import os
import shutil
import stat
import tempfile

names = ['a.py', 'b.txt', 'c.PY', '.hidden.py', 'data1.csv', 'data22.csv', '[x].txt', 'x', 'abc', 'a-b', 'A.py']
for pat in ['*.py', '*', '?', '??', 'data?.csv', 'data*.csv', '[ab]*', '[!ab]*', '[a-c]*', '*[0-9].csv', '[[]x].txt',
            '[x', '*.[!p]*', 'a*b*c', '**', '*.PY', '[]]', '[!]]*', 'a?b', '*.', '']:
    print(repr(pat), fnmatch.filter(names, pat), fnmatch.fnmatch('A.py', pat), fnmatch.fnmatchcase('a.PY', pat))
print(fnmatch.fnmatch(b'file.bin', b'*.bin'), fnmatch.fnmatchcase('abcabcabcabcx', '*abc*x'))

os.makedirs('tree/sub/deep')
os.makedirs('tree/.hid')
for p in ['tree/a.py', 'tree/b.txt', 'tree/.dot.py', 'tree/sub/c.py', 'tree/sub/deep/d.py', 'tree/.hid/e.py',
          'tree/sub/f.txt']:
    with open(p, 'w') as f:
        f.write(p)
for pat in ['tree/*', 'tree/*.py', 'tree/*/*.py', 'tree/**/*.py', 'tree/.*', 'tree/s*/', 'tree/sub', 'tree/nope*',
            'tree/sub/deep/d.py', 'tree/[ab].*', '*/sub/*.txt']:
    print(pat, sorted(glob.glob(pat)))
print(sorted(glob.glob('tree/**/*.py', recursive=True)))
print(sorted(glob.glob('tree/**', recursive=True)))
print(sorted(glob.glob('tree/**/', recursive=True)))
print(sorted(glob.glob('**/*.txt', root_dir='tree', recursive=True)))
print(sorted(glob.glob('tree/*', include_hidden=True)))
print(glob.escape('a*b?c[d].txt'), glob.has_magic('a*'), glob.has_magic('plain'), sorted(glob.iglob('tree/*.txt')))

print(shutil.copyfile('tree/a.py', 'copy.py'), open('copy.py').read())
os.chmod('tree/b.txt', 0o640)
print(shutil.copy('tree/b.txt', 'tree/sub'), oct(stat.S_IMODE(os.stat('tree/sub/b.txt').st_mode)))
print(shutil.copy2('tree/b.txt', 'b2.txt'), os.stat('b2.txt').st_mtime_ns == os.stat('tree/b.txt').st_mtime_ns)
try:
    shutil.copyfile('copy.py', 'copy.py')
except shutil.SameFileError as e:
    print('SameFileError', e)
try:
    shutil.copyfile('missing.py', 'x.py')
except FileNotFoundError as e:
    print('FileNotFoundError', e)
print(shutil.copytree('tree', 'tree2', ignore=shutil.ignore_patterns('*.txt', '.hid')))
for root, dirs, files in os.walk('tree2'):
    dirs.sort()
    print(root, sorted(dirs), sorted(files))
try:
    shutil.copytree('tree', 'tree2')
except FileExistsError as e:
    print('FileExistsError', e)
shutil.copytree('tree', 'tree2', dirs_exist_ok=True)
print(sorted(os.listdir('tree2')))
print(shutil.move('copy.py', 'tree2'), os.path.exists('copy.py'), os.path.exists('tree2/copy.py'))
print(shutil.move('tree2', 'tree3'), os.path.exists('tree2'), sorted(os.listdir('tree3')))
try:
    shutil.move('b2.txt', 'tree3/sub/..')
    shutil.move('b2.txt', 'tree3')
except shutil.Error as e:
    print('Error', e)
shutil.rmtree('tree3')
print(os.path.exists('tree3'))
try:
    shutil.rmtree('tree3')
except FileNotFoundError as e:
    print('FileNotFoundError', e)
shutil.rmtree('tree3', ignore_errors=True)
errors = []
shutil.rmtree('tree3', onerror=lambda f, p, e: errors.append((f.__name__, p, e[0].__name__)))
print(errors)
print(shutil.which('sh') is not None, shutil.which('definitely-not-a-command-xyz'), shutil.which('./files_tools.py'))
with open('buf.txt', 'w') as f:
    f.write('abc' * 10000)
with open('buf.txt', 'rb') as fsrc, open('buf2.txt', 'wb') as fdst:
    shutil.copyfileobj(fsrc, fdst, 1000)
print(os.path.getsize('buf2.txt'))

fd, path = tempfile.mkstemp(suffix='.dat', prefix='pre_', dir='.')
os.write(fd, b'temp data')
os.close(fd)
base = os.path.basename(path)
print(base.startswith('pre_'), base.endswith('.dat'), len(base), open(path).read(), oct(os.stat(path).st_mode & 0o777))
d = tempfile.mkdtemp(dir='.')
print(os.path.isdir(d), os.path.isabs(d), oct(os.stat(d).st_mode & 0o777), len(os.path.basename(d)))
with tempfile.NamedTemporaryFile('w+', dir='.', suffix='.txt') as tf:
    tf.write('named')
    tf.seek(0)
    print(tf.read(), os.path.exists(tf.name), tf.name.endswith('.txt'))
print(os.path.exists(tf.name))
tf = tempfile.NamedTemporaryFile(dir='.', delete=False)
tf.write(b'kept')
tf.close()
print(open(tf.name, 'rb').read())
with tempfile.TemporaryFile('w+') as f:
    f.write('anonymous')
    f.seek(0)
    print(f.read())
with tempfile.TemporaryDirectory(dir='.') as td:
    open(os.path.join(td, 'inside.txt'), 'w').write('x')
    os.makedirs(os.path.join(td, 'a', 'b'))
    print(os.path.isdir(td), sorted(os.listdir(td)))
print(os.path.exists(td))
print(tempfile.gettempprefix(), os.path.isdir(tempfile.gettempdir()))
