# An uncaught user-defined exception prints its class name and message.
class BadThing(Exception):
    pass

print("start")
raise BadThing("something bad happened")
