print("foodtrace")
