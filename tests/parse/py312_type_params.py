# taipan: python3.12
# ARGS: check --emit=ast
"""PEP 695 (Python 3.12): type parameter lists on functions and classes
(TypeVar with bound or constraints, TypeVarTuple, ParamSpec) and the `type`
alias statement; `type` stays an ordinary name elsewhere."""
def first[T](xs: list[T]) -> T:
    return xs[0]
def bounded[T: int, U: (str, bytes), *Ts, **P](a: T, *b: *Ts, **c: P.kwargs) -> U: ...
class Box[T]:
    def get[S](self, s: S) -> T | S: ...
class Multi[K: Hashable, V](Base[K], metaclass=Meta): pass
async def coro[T](x: T) -> T: return x
type Alias = int
type Pair[A, B] = tuple[A, B]
type Rec[T: (int, str)] = list[Rec[T]] | T
type = 1
type.x = type
print(type)

# CHECK:STDOUT: Module(body=[Expr(value=Constant(value='PEP 695 (Python 3.12): type parameter lists on functions and classes\n(TypeVar with bound or constraints, TypeVarTuple, ParamSpec) and the `type`\nalias statement; `type` stays an ordinary name elsewhere.')), FunctionDef(name='first', args=arguments(posonlyargs=[], args=[arg(arg='xs', annotation=Subscript(value=Name(id='list', ctx=Load()), slice=Name(id='T', ctx=Load()), ctx=Load()))], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Return(value=Subscript(value=Name(id='xs', ctx=Load()), slice=Constant(value=0), ctx=Load()))], decorator_list=[], returns=Name(id='T', ctx=Load()), type_params=[TypeVar(name='T')]), FunctionDef(name='bounded', args=arguments(posonlyargs=[], args=[arg(arg='a', annotation=Name(id='T', ctx=Load()))], vararg=arg(arg='b', annotation=Starred(value=Name(id='Ts', ctx=Load()), ctx=Load())), kwonlyargs=[], kw_defaults=[], kwarg=arg(arg='c', annotation=Attribute(value=Name(id='P', ctx=Load()), attr='kwargs', ctx=Load())), defaults=[]), body=[Expr(value=Constant(value=Ellipsis))], decorator_list=[], returns=Name(id='U', ctx=Load()), type_params=[TypeVar(name='T', bound=Name(id='int', ctx=Load())), TypeVar(name='U', bound=Tuple(elts=[Name(id='str', ctx=Load()), Name(id='bytes', ctx=Load())], ctx=Load())), TypeVarTuple(name='Ts'), ParamSpec(name='P')]), ClassDef(name='Box', bases=[], keywords=[], body=[FunctionDef(name='get', args=arguments(posonlyargs=[], args=[arg(arg='self'), arg(arg='s', annotation=Name(id='S', ctx=Load()))], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Expr(value=Constant(value=Ellipsis))], decorator_list=[], returns=BinOp(left=Name(id='T', ctx=Load()), op=BitOr(), right=Name(id='S', ctx=Load())), type_params=[TypeVar(name='S')])], decorator_list=[], type_params=[TypeVar(name='T')]), ClassDef(name='Multi', bases=[Subscript(value=Name(id='Base', ctx=Load()), slice=Name(id='K', ctx=Load()), ctx=Load())], keywords=[keyword(arg='metaclass', value=Name(id='Meta', ctx=Load()))], body=[Pass()], decorator_list=[], type_params=[TypeVar(name='K', bound=Name(id='Hashable', ctx=Load())), TypeVar(name='V')]), AsyncFunctionDef(name='coro', args=arguments(posonlyargs=[], args=[arg(arg='x', annotation=Name(id='T', ctx=Load()))], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Return(value=Name(id='x', ctx=Load()))], decorator_list=[], returns=Name(id='T', ctx=Load()), type_params=[TypeVar(name='T')]), TypeAlias(name=Name(id='Alias', ctx=Store()), type_params=[], value=Name(id='int', ctx=Load())), TypeAlias(name=Name(id='Pair', ctx=Store()), type_params=[TypeVar(name='A'), TypeVar(name='B')], value=Subscript(value=Name(id='tuple', ctx=Load()), slice=Tuple(elts=[Name(id='A', ctx=Load()), Name(id='B', ctx=Load())], ctx=Load()), ctx=Load())), TypeAlias(name=Name(id='Rec', ctx=Store()), type_params=[TypeVar(name='T', bound=Tuple(elts=[Name(id='int', ctx=Load()), Name(id='str', ctx=Load())], ctx=Load()))], value=BinOp(left=Subscript(value=Name(id='list', ctx=Load()), slice=Subscript(value=Name(id='Rec', ctx=Load()), slice=Name(id='T', ctx=Load()), ctx=Load()), ctx=Load()), op=BitOr(), right=Name(id='T', ctx=Load()))), Assign(targets=[Name(id='type', ctx=Store())], value=Constant(value=1)), Assign(targets=[Attribute(value=Name(id='type', ctx=Load()), attr='x', ctx=Store())], value=Name(id='type', ctx=Load())), Expr(value=Call(func=Name(id='print', ctx=Load()), args=[Name(id='type', ctx=Load())], keywords=[]))], type_ignores=[])
# CHECK:EXIT: 0
