import gc
class Button:
    def __init__(self):
        self.handlers = []
    def __del__(self):
        print("Button freed")
class Dialog:
    def __init__(self):
        self.button = Button()
        self.button.handlers.append(self.on_click)
    def on_click(self):
        return 'clicked'
    def __del__(self):
        print("Dialog freed")
gc.collect()
d = Dialog()
print(d.button.handlers[0]())
del d
print("cycle through a bound method; collecting")
print("collected:", gc.collect())
