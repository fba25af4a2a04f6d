# ARGS: check
while 1:
 while 2:
  while 3:
   while 4:
    while 5:
     while 6:
      while 7:
       while 8:
        while 9:
         while 10:
          while 11:
           while 12:
            while 13:
             while 14:
              while 15:
               while 16:
                while 17:
                 while 18:
                  while 19:
                   while 20:
                    while 21:
                     break

# CHECK:STDERR: fail_too_many_nested_blocks.py:22:21: error: too many statically nested blocks [TooDeeplyNested]
# CHECK:STDERR:    22 |                     while 21:
# CHECK:STDERR:       |                     ^~~~~~~~~
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
