# pathlib: pure path parsing and operators, properties, with_*/relative_to/match, and Path's file system methods
# (mkdir, read/write, iterdir, glob/rglob, rename, unlink, resolve, stat, touch).
from pathlib import Path, PurePath, PurePosixPath, PosixPath
import os

p = PurePosixPath('/a/b/c.tar.gz')
print(repr(p), p.parts, p.name, p.suffix, p.suffixes, p.stem, p.parent, list(p.parents), p.anchor, p.root,
      repr(p.drive))
for text in ['//a/b', '///a/b', 'a//b/./c/..', '', '.', 'a/', './a', '..', '../a/..', '/', 'x.', '.bashrc', 'a.b.c',
             'a/.hidden.tar']:
    q = PurePosixPath(text)
    print(repr(text), str(q), repr(q), q.parts, repr(q.name), repr(q.suffix), q.suffixes, repr(q.stem), str(q.parent),
          q.is_absolute())
print(PurePosixPath('a', '/b', 'c'), PurePath('x', 'y'), type(PurePath('x')).__name__)
for bad in [lambda: PurePosixPath('a/b').relative_to('c'), lambda: PurePosixPath('').with_name('x'),
            lambda: PurePosixPath('a').with_name('x/y'), lambda: PurePosixPath('a').with_suffix('x'),
            lambda: PurePosixPath('a').as_uri(), lambda: PurePosixPath('/a').relative_to('a')]:
    try:
        bad()
    except ValueError as e:
        print('ValueError', e)
print(PurePosixPath('/a b/c').as_uri(), PurePosixPath('/é').as_uri(), PurePosixPath('a/b.py').match('*.py'),
      PurePosixPath('/a/b.py').match('/*.py'), PurePosixPath('a/b/c.py').match('b/*.py'),
      PurePosixPath('/a.py').match('/*.py'), PurePosixPath('a/b.py').match('a/*/*.py'))
print(PurePosixPath('a') < PurePosixPath('b'), PurePosixPath('a/b') == PurePosixPath('a//b'),
      PurePosixPath('a') == 'a', hash(PurePosixPath('a')) == hash(PurePosixPath('a/')),
      sorted([PurePosixPath('b'), PurePosixPath('a/c'), PurePosixPath('a')]))
print(p.parents[0], p.parents[-1], p.parents[1:], len(p.parents))
try:
    p.parents[5]
except IndexError as e:
    print('IndexError', e)
print(PurePosixPath('a').with_suffix(''), PurePosixPath('a.b').with_suffix('.c'), PurePosixPath('a.b').with_stem('z'),
      PurePosixPath('a/b.txt').with_name('c.md'), PurePosixPath('..').name, PurePosixPath('a/..').parent,
      PurePosixPath('/a/b/c').relative_to('/a'), PurePosixPath('/a/b').is_relative_to('/a'),
      PurePosixPath('x/y').joinpath('z', '/abs', 'w'), os.fspath(PurePosixPath('f')), bytes(PurePosixPath('f')))
print(Path('x'), type(Path('x')).__name__, Path('a') / 'b' / Path('c'), 'pre' / PurePosixPath('x'),
      Path.cwd() == Path('.').absolute(), Path('.').absolute() == Path(os.getcwd()), isinstance(Path('x'), PurePath))
try:
    Path('a') / 3
except TypeError as e:
    print('TypeError', e)

root = Path('root')
root.mkdir()
(root / 'sub' / 'deep').mkdir(parents=True)
try:
    root.mkdir()
except FileExistsError as e:
    print('FileExistsError', e)
root.mkdir(exist_ok=True)
try:
    Path('no/such/dir').mkdir()
except FileNotFoundError as e:
    print('FileNotFoundError', e)
print((root / 'a.txt').write_text('hello\nworld\n'), (root / 'b.bin').write_bytes(b'\x00\x01'),
      (root / 'sub' / 'c.py').write_text('print(1)'), (root / 'sub' / 'deep' / 'd.py').write_text(''))
(root / '.hidden.py').write_text('h')
print((root / 'a.txt').read_text(), (root / 'b.bin').read_bytes(), (root / 'a.txt').stat().st_size)
print(sorted(root.iterdir()), sorted(x.name for x in root.iterdir()))
print(sorted(root.glob('*')), sorted(root.glob('*.py')), sorted(root.glob('**/*.py')), sorted(root.rglob('*.py')))
print(sorted(root.glob('**')), sorted(root.glob('sub/*')), sorted(root.glob('*/deep')), sorted(root.rglob('d*')))
print(list(root.glob('nothing*')), sorted(root.glob('sub/../*.txt')))
try:
    list(root.glob('/x'))
except NotImplementedError as e:
    print('NotImplementedError', e)
print(root.exists(), root.is_dir(), root.is_file(), (root / 'a.txt').is_file(), (root / 'missing').exists(),
      (root / 'a.txt').is_symlink())
t = (root / 'a.txt').rename(root / 'renamed.txt')
print(repr(t), t.exists(), (root / 'a.txt').exists())
t2 = t.replace(root / 'final.txt')
print(t2, t2.read_text().splitlines())
(root / 'touched').touch()
(root / 'touched').touch()
try:
    (root / 'touched').touch(exist_ok=False)
except FileExistsError as e:
    print('FileExistsError', e)
(root / 'link').symlink_to('final.txt')
print((root / 'link').is_symlink(), (root / 'link').readlink(), (root / 'link').resolve() == (root / 'final.txt').resolve(),
      (root / 'link').resolve().is_absolute(), Path('root/sub/..').resolve() == root.resolve())
(root / 'link').unlink()
(root / 'missing').unlink(missing_ok=True)
try:
    (root / 'missing').unlink()
except FileNotFoundError as e:
    print('FileNotFoundError', e)
with (root / 'final.txt').open() as f:
    print(f.readline().strip())
with (root / 'final.txt').open('a') as f:
    f.write('more\n')
print((root / 'final.txt').read_text().count('\n'), (root / 'final.txt').samefile('root/final.txt'))
(root / 'sub' / 'deep' / 'd.py').unlink()
(root / 'sub' / 'deep').rmdir()
print(sorted(str(x) for x in root.rglob('*')))
os.environ['HOME'] = '/home/someone'
print(Path('~/x').expanduser(), Path('~').expanduser(), Path.home(), Path('plain').expanduser())
