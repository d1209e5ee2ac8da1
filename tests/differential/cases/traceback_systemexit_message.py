def main():
    print("before exit")
    raise SystemExit("fatal: giving up")
main()
print("never")
