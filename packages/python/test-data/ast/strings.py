'single' "double" '''triple
lines''' """more
"""
'escapes: \n \t \\ \' \" \a \b \f \v \x41 \u00e9 \U0001F600 \101 \0 \q'
r'raw \n \x41' R"raw2"
'implicit' ' concatenation' "!"
b'bytes \x00 \xff \n' rb'\x00' B"abc" b'' br''
f'plain'
f'{x}'
f'a{x!r}b{y!s}c{z!a}d'
f'{x:>10}' f'{x:{width}.{precision}f}'
f'{x=}' f'{ x = }' f'{x=:>5}' f'{x=!s}'
f'{{literal}} {{{x}}}'
f'{"nested"}' f"{'q'}" f'''{"""t"""}'''
f'{a["key"]:{b}}' f'{d!r:^{w}}'
'text' f'{x}' 'more'
f'''multi
{x
 + y}
line'''
f'\n{x}\t'
rf'\n{x}' fr'{x}\d'
f'{x:{{}}>10}'
u'unicode'
'café' '🐍 {x}' f'🐍 {x}'
