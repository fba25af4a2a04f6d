# "During handling of the above exception": the first exception's frames
# are printed, including the handler's frame.
def parse(text):
    return int(text)

def load(text):
    try:
        return parse(text)
    except ValueError:
        fallback = None
        return fallback.value

print(load("12"))
load("twelve")
