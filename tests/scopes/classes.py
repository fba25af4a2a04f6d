# ARGS: check --emit=scopes
# Class scopes are skipped by their methods; super() makes a __class__ cell;
# private names are mangled; a method's free name the class binds is marked.
def make():
    value = 0

    class Box(Base, metaclass=Meta):
        value = 1
        __secret = 2

        def get(self):
            return value, self.__secret

        def parent(self):
            return super().parent()

    return Box

# CHECK:STDOUT: module top (line 0)
# CHECK:STDOUT:   make: local, assigned
# CHECK:STDOUT:   function make (line 4)
# CHECK:STDOUT:     value: cell, assigned
# CHECK:STDOUT:     Box: local, assigned, used
# CHECK:STDOUT:     Base: global implicit, used
# CHECK:STDOUT:     Meta: global implicit, used
# CHECK:STDOUT:     class Box (line 7)
# CHECK:STDOUT:       value: local, assigned, free_class
# CHECK:STDOUT:       _Box__secret: local, assigned
# CHECK:STDOUT:       get: local, assigned
# CHECK:STDOUT:       parent: local, assigned
# CHECK:STDOUT:       function get (line 11)
# CHECK:STDOUT:         self: local, param, used
# CHECK:STDOUT:         value: free, used
# CHECK:STDOUT:       function parent (line 14)
# CHECK:STDOUT:         self: local, param
# CHECK:STDOUT:         super: global implicit, used
# CHECK:STDOUT:         __class__: free, used
# CHECK:EXIT: 0
