print("shapes.solid runs, package", __package__)
