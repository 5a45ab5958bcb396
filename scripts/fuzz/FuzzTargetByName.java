import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/** Runs the @FuzzTest named in FUZZ_TARGET (class#method) as a libFuzzer target, for -merge. */
public class FuzzTargetByName {
  private static Object instance;
  private static Method method;

  public static void fuzzerInitialize() throws Exception {
    String[] target = System.getenv("FUZZ_TARGET").split("#");
    Class<?> type = Class.forName(target[0]);
    Constructor<?> c = type.getDeclaredConstructor();
    c.setAccessible(true);
    instance = c.newInstance();
    method = type.getDeclaredMethod(target[1], FuzzedDataProvider.class);
    method.setAccessible(true);
  }

  public static void fuzzerTestOneInput(FuzzedDataProvider data) throws Throwable {
    try {
      method.invoke(instance, data);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
