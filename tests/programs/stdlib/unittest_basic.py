# unittest: assert methods' messages, outcomes (fail, error, skip, expected failure, unexpected success, subTest),
# setUp/tearDown/class hooks/cleanups, loader order, TextTestRunner output in both verbosities (traceback frames and
# timing filtered out), TestResult counts, and main() with exit.
import io
import unittest

log = []


class T(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append('setUpClass')

    @classmethod
    def tearDownClass(cls):
        log.append('tearDownClass')

    def setUp(self):
        log.append('setUp ' + self._testMethodName)
        self.addCleanup(log.append, 'cleanup ' + self._testMethodName)

    def tearDown(self):
        log.append('tearDown ' + self._testMethodName)

    def test_a(self):
        self.assertEqual(1, 2)

    def test_b(self):
        self.assertTrue(False, 'custom')

    def test_c(self):
        raise KeyError('k')

    @unittest.skip('because')
    def test_d(self):
        pass

    @unittest.expectedFailure
    def test_e(self):
        self.assertEqual(1, 2)

    @unittest.expectedFailure
    def test_f(self):
        pass

    def test_g(self):
        self.assertAlmostEqual(1.0, 1.1)

    def test_h(self):
        self.assertIn(1, [2, 3])

    def test_i(self):
        with self.assertRaises(ValueError):
            pass

    def test_j(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertLess(i, 1)

    def test_k(self):
        self.assertIsNone(5, msg='m')

    def test_ok(self):
        """A passing test with a docstring."""
        self.assertEqual([1, 2], [1, 2])
        with self.assertRaises(ZeroDivisionError) as cm:
            1 / 0
        self.assertIsInstance(cm.exception, ZeroDivisionError)
        self.assertRaises(KeyError, {}.__getitem__, 'x')

    @unittest.skipIf(True, 'skipped by condition')
    def test_skipif(self):
        pass

    @unittest.skipUnless(True, 'not skipped')
    def test_skipunless(self):
        self.skipTest('skipped inside')


def strip(text):
    keep = []
    for line in text.splitlines():
        if line.startswith('Traceback (most recent') or line.startswith('  File ') or line.startswith('    '):
            continue
        if line.startswith('Ran '):
            line = line.split(' in ')[0]
        keep.append(line)
    return '\n'.join(keep)


for verbosity in [1, 2]:
    out = io.StringIO()
    suite = unittest.defaultTestLoader.loadTestsFromTestCase(T)
    result = unittest.TextTestRunner(stream=out, verbosity=verbosity).run(suite)
    print(strip(out.getvalue()))
    print(result.testsRun, len(result.failures), len(result.errors), len(result.skipped),
          len(result.expectedFailures), len(result.unexpectedSuccesses), result.wasSuccessful())
print(log[:8], len(log))


class Messages(unittest.TestCase):
    def runTest(self):
        pass


m = Messages()
checks = [lambda: m.assertEqual('a' * 100, 'a' * 99 + 'b'), lambda: m.assertEqual((1, 2), (1, 3)),
          lambda: m.assertEqual([1, 2, 3], [1, 2]), lambda: m.assertEqual({1}, {2}), lambda: m.assertEqual({'a': 1}, {'a': 2}),
          lambda: m.assertNotEqual(1, 1), lambda: m.assertFalse(1), lambda: m.assertIs(1, None),
          lambda: m.assertIsNot(None, None), lambda: m.assertIsNotNone(None), lambda: m.assertNotIn(1, [1]),
          lambda: m.assertIsInstance(1, str), lambda: m.assertNotIsInstance(1, int), lambda: m.assertGreater(1, 2),
          lambda: m.assertGreaterEqual(1, 2), lambda: m.assertLessEqual(2, 1), lambda: m.assertCountEqual([1, 1, 2], [1, 2, 2]),
          lambda: m.assertAlmostEqual(1, 2, delta=0.5), lambda: m.assertNotAlmostEqual(1, 1.0000000001),
          lambda: m.assertRaises(ValueError, int, '5'), lambda: m.fail('explicit'), lambda: m.assertListEqual([1], [2]),
          lambda: m.assertTupleEqual((1,), (1, 2)), lambda: m.assertSetEqual({1, 2}, {2, 3}), lambda: m.assertEqual(1, 2, 'note')]
for check in checks:
    try:
        check()
        print('passed')
    except AssertionError as e:
        print(repr(str(e)))
print(str(T('test_a')), repr(T('test_a')), T('test_a').id(), T('test_ok').shortDescription(), T('test_a') == T('test_a'))
try:
    T('nope')
except ValueError as e:
    print('ValueError', e)
suite = unittest.TestSuite()
suite.addTest(T('test_ok'))
suite.addTests([T('test_h')])
print(suite.countTestCases(), unittest.TestLoader().getTestCaseNames(T))
unittest.main(argv=['prog', 'T.test_ok'], exit=False, testRunner=unittest.TextTestRunner(stream=io.StringIO()))
try:
    unittest.main(argv=['prog', 'T.test_ok', 'T.test_a'], testRunner=unittest.TextTestRunner(stream=io.StringIO()))
except SystemExit as e:
    print('SystemExit', e.code)
unittest.main(argv=['prog', 'T.test_ok'])
