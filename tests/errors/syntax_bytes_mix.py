# Bytes and str literals cannot be concatenated.
# error: 4:5: cannot mix bytes and nonbytes literals
# error: 5:5: cannot mix bytes and nonbytes literals
x = b'a' 'b'
y = 'a' f'{x}' b'b'
