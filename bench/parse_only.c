/* parse_only: the floor of `medtime batch` in bench/run.sh. Reads every
 * *.yaml / *.yml file under the given folders (recursively) and runs
 * libyaml's event parser over it, doing nothing with the events. Prints the
 * number of files and events. */
#include <dirent.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <yaml.h>

static long files = 0;
static long events = 0;
static char* buffer = NULL;
static size_t capacity = 0;

static int is_yaml(const char* name) {
  size_t n = strlen(name);
  return (n > 5 && strcmp(name + n - 5, ".yaml") == 0) || (n > 4 && strcmp(name + n - 4, ".yml") == 0);
}

static void parse_file(const char* path) {
  int fd = open(path, O_RDONLY);
  if (fd < 0) {
    perror(path);
    return;
  }
  struct stat st;
  fstat(fd, &st);
  if ((size_t)st.st_size + 1 > capacity) {
    capacity = (size_t)st.st_size + 1;
    buffer = realloc(buffer, capacity);
  }
  ssize_t got = read(fd, buffer, (size_t)st.st_size);
  close(fd);
  if (got < 0) {
    return;
  }
  yaml_parser_t parser;
  yaml_event_t event;
  yaml_parser_initialize(&parser);
  yaml_parser_set_input_string(&parser, (const unsigned char*)buffer, (size_t)got);
  for (;;) {
    if (!yaml_parser_parse(&parser, &event)) {
      fprintf(stderr, "%s: %s\n", path, parser.problem);
      break;
    }
    ++events;
    int done = event.type == YAML_STREAM_END_EVENT;
    yaml_event_delete(&event);
    if (done) {
      break;
    }
  }
  yaml_parser_delete(&parser);
  ++files;
}

static void walk(const char* dir) {
  DIR* d = opendir(dir);
  if (d == NULL) {
    parse_file(dir);
    return;
  }
  struct dirent* entry;
  char path[4096];
  while ((entry = readdir(d)) != NULL) {
    if (entry->d_name[0] == '.') {
      continue;
    }
    snprintf(path, sizeof path, "%s/%s", dir, entry->d_name);
    if (entry->d_type == DT_DIR) {
      walk(path);
    } else if (is_yaml(entry->d_name)) {
      parse_file(path);
    }
  }
  closedir(d);
}

int main(int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    walk(argv[i]);
  }
  printf("%ld files, %ld events\n", files, events);
  free(buffer);
  return 0;
}
