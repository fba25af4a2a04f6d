print("never imported relatively")
