# An unhandled remainder of except* propagates through frames.
def worker():
    errors = []
    for i in range(3):
        try:
            if i == 1:
                raise TypeError(f"type {i}")
            raise ValueError(f"value {i}")
        except Exception as e:
            errors.append(e)
    raise ExceptionGroup("worker", errors)

def manager():
    try:
        worker()
    except* ValueError as vs:
        print("manager handled", len(vs.exceptions), "ValueErrors")

manager()
