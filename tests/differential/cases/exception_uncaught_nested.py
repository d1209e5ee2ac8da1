class ConfigError(Exception):
    pass
def load(name):
    raise ConfigError(f"cannot load {name}")
def main():
    try:
        load("settings")
    except ConfigError as e:
        raise RuntimeError("startup failed") from e
print("starting")
main()
